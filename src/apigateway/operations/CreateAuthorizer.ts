import type { Authorizer } from "../../shapes/apigateway.js";
import { int, list, str } from "../../wire/validation.js";
import { AUTHORIZER_TYPES, checkAuthorizer } from "../control/authorizers.js";
import { concurrentModification } from "../control/errors.js";
import { apigw } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const CreateAuthorizer = defineRestOperation({
  name: "CreateAuthorizer",
  method: "POST",
  path: "/restapis/{restApiId}/authorizers",
  status: 201,
  input: {
    name: str({ required: true }),
    type: str({ required: true, enum: AUTHORIZER_TYPES }),
    providerARNs: list({ member: str() }),
    authType: str(),
    authorizerUri: str(),
    authorizerCredentials: str(),
    identitySource: str(),
    identityValidationExpression: str(),
    authorizerResultTtlInSeconds: int(),
  },
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    // [recorded] AWS answers 409 here, not 404, when the API does not exist.
    if (!apigw(s).restApis.get(restApiId)) throw concurrentModification();
    const b = req.body;
    const authorizer: Authorizer = checkAuthorizer({
      id: s.ids.apiGatewayId(6),
      name: b.name,
      type: b.type,
      providerARNs: b.providerARNs,
      authType: b.authType,
      authorizerUri: b.authorizerUri,
      authorizerCredentials: b.authorizerCredentials,
      identitySource: b.identitySource,
      identityValidationExpression: b.identityValidationExpression,
      authorizerResultTtlInSeconds: b.authorizerResultTtlInSeconds,
    });
    apigw(s).authorizers.put(restApiId, authorizer.id, authorizer);
    return authorizer;
  },
});
