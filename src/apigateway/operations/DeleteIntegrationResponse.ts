import type { Integration } from "../../shapes/apigateway.js";
import { notFound } from "../control/errors.js";
import { apigw, requireIntegration } from "../control/lookup.js";
import { withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const DeleteIntegrationResponse = defineRestOperation({
  name: "DeleteIntegrationResponse",
  method: "DELETE",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
  status: 204,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method, integration } = requireIntegration(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const code = req.path.statusCode as string;
    if (!integration.integrationResponses?.[code]) throw notFound("Invalid Response status code specified");
    const { [code]: _gone, ...rest } = integration.integrationResponses;
    const methodIntegration: Integration = { ...integration, integrationResponses: rest };
    if (Object.keys(rest).length === 0) delete methodIntegration.integrationResponses;
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, { ...method, methodIntegration }));
    return undefined;
  },
});
