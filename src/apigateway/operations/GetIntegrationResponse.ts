import { notFound } from "../control/errors.js";
import { requireIntegration } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const GetIntegrationResponse = defineRestOperation({
  name: "GetIntegrationResponse",
  method: "GET",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
  status: 200,
  run(s, req) {
    const { integration } = requireIntegration(s, req.path.restApiId as string, req.path.resourceId as string, req.path.httpMethod as string);
    const response = integration.integrationResponses?.[req.path.statusCode as string];
    if (!response) throw notFound("Invalid Response status code specified");
    return response;
  },
});
