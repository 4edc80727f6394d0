import { badRequest } from "../control/errors.js";
import { apigw, requireDeployment } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const DeleteDeployment = defineRestOperation({
  name: "DeleteDeployment",
  method: "DELETE",
  path: "/restapis/{restApiId}/deployments/{deploymentId}",
  status: 202,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const deployment = requireDeployment(s, restApiId, req.path.deploymentId as string);
    const store = apigw(s);
    // [recorded] a deployment a stage points at cannot go.
    if (store.stages.usingDeployment(restApiId, deployment.id).length > 0)
      throw badRequest("Active stages pointing to this deployment must be moved or deleted");
    store.deployments.delete(restApiId, deployment.id);
    return undefined;
  },
});
