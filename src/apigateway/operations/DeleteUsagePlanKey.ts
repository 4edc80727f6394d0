import { requireUsagePlan } from "../control/api-keys.js";
import { apiKeyNotFound } from "../control/errors.js";
import { apigw } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/** Takes the key out of the plan; the key itself stays. */
export const DeleteUsagePlanKey = defineRestOperation({
  name: "DeleteUsagePlanKey",
  method: "DELETE",
  path: "/usageplans/{usagePlanId}/keys/{keyId}",
  status: 202,
  run(s, req) {
    const plan = requireUsagePlan(s, req.path.usagePlanId as string);
    if (!apigw(s).usagePlans.removeKey(plan.id, req.path.keyId as string)) throw apiKeyNotFound();
    return undefined;
  },
});
