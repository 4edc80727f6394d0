import { requireApiKeyRecord, requireUsagePlan, usagePlanKeyView } from "../control/api-keys.js";
import { apiKeyNotFound } from "../control/errors.js";
import { apigw } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/** A key the plan does not list is answered like an unknown key [inferred]. */
export const GetUsagePlanKey = defineRestOperation({
  name: "GetUsagePlanKey",
  method: "GET",
  path: "/usageplans/{usagePlanId}/keys/{keyId}",
  status: 200,
  run(s, req) {
    const plan = requireUsagePlan(s, req.path.usagePlanId as string);
    const key = requireApiKeyRecord(s, req.path.keyId as string);
    if (!apigw(s).usagePlans.hasKey(plan.id, key.id)) throw apiKeyNotFound();
    return usagePlanKeyView(key);
  },
});
