import { apigw, requireIntegration } from "../control/lookup.js";
import { withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const DeleteIntegration = defineRestOperation({
  name: "DeleteIntegration",
  method: "DELETE",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
  status: 204,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method } = requireIntegration(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const { methodIntegration: _gone, ...rest } = method;
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, rest));
    return undefined;
  },
});
