import { any, int, list, map, str, struct } from "../../wire/validation.js";
import { buildIntegration } from "../control/integrations.js";
import { apigw, requireMethod } from "../control/lookup.js";
import { withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const PutIntegration = defineRestOperation({
  name: "PutIntegration",
  method: "PUT",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
  status: 201,
  input: {
    // [recorded] AWS lists the enum in this order in its ValidationException.
    type: str({ required: true, enum: ["HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"] }),
    httpMethod: str(),
    uri: str(),
    connectionType: str({ enum: ["INTERNET", "VPC_LINK"] }),
    connectionId: str(),
    credentials: str(),
    requestParameters: map(),
    requestTemplates: map(),
    passthroughBehavior: str({ enum: ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] }),
    cacheNamespace: str(),
    cacheKeyParameters: list({ member: str() }),
    contentHandling: str({ enum: ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] }),
    timeoutInMillis: int({ min: 50, max: 300000 }),
    tlsConfig: struct(),
    integrationTarget: any(),
    responseTransferMode: any(),
  },
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method } = requireMethod(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const integration = buildIntegration(resource.id, req.body, method.methodIntegration);
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, { ...method, methodIntegration: integration }));
    return integration;
  },
});
