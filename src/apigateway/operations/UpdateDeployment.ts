import type { Deployment } from "../../shapes/apigateway.js";
import { apigw, requireDeployment } from "../control/lookup.js";
import { applyPatch, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

/** Only the description of a deployment can change; what it froze cannot. */
export const UpdateDeployment = defineRestOperation({
  name: "UpdateDeployment",
  method: "PATCH",
  path: "/restapis/{restApiId}/deployments/{deploymentId}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const d: Deployment = { ...requireDeployment(s, restApiId, req.path.deploymentId as string) };
    applyPatch(d, patchOperationsOf(req.body), [
      scalarRule("/description", (t, v) => {
        t.description = v;
        if (v === undefined) delete t.description;
      }),
    ]);
    apigw(s).deployments.put(restApiId, d);
    return d;
  },
});
