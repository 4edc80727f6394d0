import { requireUsagePlan } from "../control/api-keys.js";
import { defineRestOperation } from "../operation.js";

export const GetUsagePlan = defineRestOperation({
  name: "GetUsagePlan",
  method: "GET",
  path: "/usageplans/{usagePlanId}",
  status: 200,
  run: (s, req) => requireUsagePlan(s, req.path.usagePlanId as string),
});
