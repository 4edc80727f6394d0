import type { MethodResponse } from "../../shapes/apigateway.js";
import { any } from "../../wire/validation.js";
import { apigw, requireMethod } from "../control/lookup.js";
import { checkStatusCode, compact, withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const PutMethodResponse = defineRestOperation({
  name: "PutMethodResponse",
  method: "PUT",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
  status: 201,
  input: { responseParameters: any(), responseModels: any() },
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method } = requireMethod(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const statusCode = checkStatusCode(req.path.statusCode as string);
    const response: MethodResponse = compact({ statusCode, responseParameters: req.body.responseParameters, responseModels: req.body.responseModels });
    const methodResponses = { ...(method.methodResponses ?? {}), [statusCode]: response };
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, { ...method, methodResponses }));
    return response;
  },
});
