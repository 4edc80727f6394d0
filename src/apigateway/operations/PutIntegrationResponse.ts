import type { IntegrationResponse } from "../../shapes/apigateway.js";
import { map, str } from "../../wire/validation.js";
import { apigw, requireIntegration } from "../control/lookup.js";
import { checkStatusCode, compact, withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const PutIntegrationResponse = defineRestOperation({
  name: "PutIntegrationResponse",
  method: "PUT",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
  status: 201,
  input: {
    selectionPattern: str(),
    responseParameters: map(),
    responseTemplates: map(),
    contentHandling: str({ enum: ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] }),
  },
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method, integration } = requireIntegration(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const statusCode = checkStatusCode(req.path.statusCode as string);
    const response: IntegrationResponse = compact({
      statusCode,
      selectionPattern: req.body.selectionPattern,
      responseParameters: req.body.responseParameters,
      responseTemplates: req.body.responseTemplates,
      contentHandling: req.body.contentHandling,
    });
    const integrationResponses = { ...(integration.integrationResponses ?? {}), [statusCode]: response };
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, { ...method, methodIntegration: { ...integration, integrationResponses } }));
    return response;
  },
});
