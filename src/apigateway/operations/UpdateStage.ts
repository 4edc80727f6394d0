import { epochSeconds } from "../../platform/clock.js";
import type { Stage } from "../../shapes/apigateway.js";
import { checkVariables, stageWire } from "../control/deployments.js";
import { apigw, requireDeployment, requireStage } from "../control/lookup.js";
import { compact } from "../control/methods.js";
import { applyPatch, mapRule, patchBoolean, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

/** Stage changes (variables, the deployment it points at) take effect at once: stages need no redeploy. */
export const UpdateStage = defineRestOperation({
  name: "UpdateStage",
  method: "PATCH",
  path: "/restapis/{restApiId}/stages/{stageName}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const st: Stage = { ...requireStage(s, restApiId, req.path.stageName as string) };
    applyPatch(st, patchOperationsOf(req.body), [
      scalarRule("/description", (t, v) => {
        t.description = v;
      }),
      scalarRule("/deploymentId", (t, v) => {
        t.deploymentId = requireDeployment(s, restApiId, v ?? "").id;
      }),
      scalarRule("/tracingEnabled", (t, _v, op) => {
        t.tracingEnabled = patchBoolean(op);
      }),
      mapRule(
        "/variables",
        (t) => t.variables,
        (t, m) => {
          t.variables = m;
        },
      ),
    ]);
    checkVariables(st.variables);
    st.lastUpdatedDate = epochSeconds(s.clock);
    apigw(s).stages.put(compact(st));
    return stageWire(st);
  },
});
