import { requireUsagePlan } from "../control/api-keys.js";
import { apigw } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/** The plan's keys are not deleted, only no longer associated with it. */
export const DeleteUsagePlan = defineRestOperation({
  name: "DeleteUsagePlan",
  method: "DELETE",
  path: "/usageplans/{usagePlanId}",
  status: 202,
  run(s, req) {
    apigw(s).usagePlans.delete(requireUsagePlan(s, req.path.usagePlanId as string).id);
    return undefined;
  },
});
