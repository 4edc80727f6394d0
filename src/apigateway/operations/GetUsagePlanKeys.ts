import type { ApiKey } from "../../shapes/apigateway.js";
import { requireUsagePlan, usagePlanKeyView } from "../control/api-keys.js";
import { apigw } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { defineRestOperation } from "../operation.js";

/** The plan's keys in the order they were added; `name` (the SDK's nameQuery) matches names starting with it [inferred]. */
export const GetUsagePlanKeys = defineRestOperation({
  name: "GetUsagePlanKeys",
  method: "GET",
  path: "/usageplans/{usagePlanId}/keys",
  status: 200,
  run(s, req) {
    const plan = requireUsagePlan(s, req.path.usagePlanId as string);
    const store = apigw(s);
    const name = req.query.get("name");
    const keys = store.usagePlans
      .keyIds(plan.id)
      .map((id) => store.apiKeys.get(id))
      .filter((k): k is ApiKey => k !== undefined && (name === null || (k.name ?? "").startsWith(name)));
    return page(keys.map(usagePlanKeyView), req.query);
  },
});
