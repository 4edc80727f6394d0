import type { Method } from "../../shapes/apigateway.js";
import { any, bool, list, str } from "../../wire/validation.js";
import { conflict } from "../control/errors.js";
import { apigw, requireResource } from "../control/lookup.js";
import { checkAuthorizationType, checkHttpMethod, compact, settleAuthorization, withMethod } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const PutMethod = defineRestOperation({
  name: "PutMethod",
  method: "PUT",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
  status: 201,
  input: {
    authorizationType: str({ required: true }),
    authorizerId: str(),
    apiKeyRequired: bool(),
    operationName: str(),
    requestParameters: any(),
    requestModels: any(),
    requestValidatorId: str(),
    authorizationScopes: list({ member: str() }),
  },
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const resource = requireResource(s, restApiId, req.path.resourceId as string);
    const verb = checkHttpMethod(req.path.httpMethod as string);
    if (resource.resourceMethods?.[verb]) throw conflict("Method already exists for this resource");
    const b = req.body;
    const method = settleAuthorization(
      s,
      restApiId,
      compact<Method>({
        httpMethod: verb,
        authorizationType: checkAuthorizationType(b.authorizationType),
        authorizerId: b.authorizerId,
        apiKeyRequired: b.apiKeyRequired ?? false,
        operationName: b.operationName,
        requestParameters: b.requestParameters,
        requestModels: b.requestModels,
        requestValidatorId: b.requestValidatorId,
        authorizationScopes: b.authorizationScopes,
      }),
    );
    apigw(s).resources.put(restApiId, withMethod(resource, verb, method));
    return method;
  },
});
