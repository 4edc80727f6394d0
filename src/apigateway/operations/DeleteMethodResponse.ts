import type { Method } from "../../shapes/apigateway.js";
import { notFound } from "../control/errors.js";
import { apigw, requireMethod } from "../control/lookup.js";
import { withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const DeleteMethodResponse = defineRestOperation({
  name: "DeleteMethodResponse",
  method: "DELETE",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
  status: 204,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method } = requireMethod(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const code = req.path.statusCode as string;
    if (!method.methodResponses?.[code]) throw notFound("Invalid Response status code specified");
    const { [code]: _gone, ...rest } = method.methodResponses;
    const updated: Method = { ...method, methodResponses: rest };
    if (Object.keys(rest).length === 0) delete updated.methodResponses;
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, updated));
    return undefined;
  },
});
