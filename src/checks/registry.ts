import { configurationCheck } from "./authorizer/configuration.js";
import { identityValidationCheck } from "./authorizer/identity-validation-expression.js";
import { lambdaAuthorizerCheck } from "./authorizer/lambda.js";
import { poolMatchesIssuerCheck } from "./authorizer/pool-matches-issuer.js";
import { gatewayResponsesCorsCheck } from "./cors/gateway-responses.js";
import { preflightAuthorizerCheck } from "./cors/preflight-authorizer.js";
import type { CheckDef } from "./define.js";
import { authorizationTypeCheck } from "./method/authorization-type.js";
import { apiKeyCheck } from "./request/api-key.js";
import { authHeaderCheck } from "./request/auth-header.js";
import { resourcePolicyCheck } from "./request/resource-policy.js";
import { routeCheck } from "./request/route.js";
import { stageCheck } from "./request/stage.js";
import { claimsCheck } from "./token/claims.js";
import { decodableCheck } from "./token/decodable.js";
import { issuerCheck } from "./token/issuer.js";
import { kindForScopesCheck } from "./token/kind-for-scopes.js";
import { notExpiredCheck } from "./token/not-expired.js";
import { signatureCheck } from "./token/signature.js";

/** Every check the gateway runs (the doctor adds its own), in the order a request meets them. */
export const GATEWAY_CHECKS: CheckDef<string>[] = [
  stageCheck,
  routeCheck,
  authorizationTypeCheck,
  preflightAuthorizerCheck,
  configurationCheck,
  authHeaderCheck,
  decodableCheck,
  issuerCheck,
  poolMatchesIssuerCheck,
  signatureCheck,
  notExpiredCheck,
  kindForScopesCheck,
  identityValidationCheck,
  claimsCheck,
  lambdaAuthorizerCheck,
  resourcePolicyCheck,
  apiKeyCheck,
  gatewayResponsesCorsCheck,
];
