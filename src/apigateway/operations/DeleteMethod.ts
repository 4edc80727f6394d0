import { apigw, requireMethod } from "../control/lookup.js";
import { withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const DeleteMethod = defineRestOperation({
  name: "DeleteMethod",
  method: "DELETE",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
  status: 204,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method } = requireMethod(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, undefined));
    return undefined;
  },
});
