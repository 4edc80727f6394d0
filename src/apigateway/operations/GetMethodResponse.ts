import { notFound } from "../control/errors.js";
import { requireMethod } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const GetMethodResponse = defineRestOperation({
  name: "GetMethodResponse",
  method: "GET",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
  status: 200,
  run(s, req) {
    const { method } = requireMethod(s, req.path.restApiId as string, req.path.resourceId as string, req.path.httpMethod as string);
    const response = method.methodResponses?.[req.path.statusCode as string];
    if (!response) throw notFound("Invalid Response status code specified");
    return response;
  },
});
