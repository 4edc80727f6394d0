import { resultTtlSeconds } from "../../checks/authorizer/lambda.js";
import type { Authorizer } from "../../shapes/apigateway.js";
import { badRequest } from "./errors.js";
import { compact } from "./methods.js";

/** A provider ARN: arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}; the pool id may be a stage variable. */
export const PROVIDER_ARN = /^arn:aws:cognito-idp:([a-z0-9-]+):(\d{12}):userpool\/([\w-]+_[0-9a-zA-Z]+|\$\{stageVariables\.[A-Za-z0-9_]+\})$/;
const HEADER_SOURCE = /^method\.request\.header\.[a-zA-Z0-9._-]+$/;

export const AUTHORIZER_TYPES = ["TOKEN", "REQUEST", "COGNITO_USER_POOLS"] as const;

/**
 * Checks an authorizer as CreateAuthorizer/UpdateAuthorizer do. Recorded from AWS: the header-only identity
 * source rule and its message (for TOKEN; Cognito authorizers read a header too), and "Invalid request input"
 * for a cached REQUEST authorizer without an identity source. The other messages are poolgate's wording.
 */
export function checkAuthorizer(a: Authorizer): Authorizer {
  if (a.authorizerResultTtlInSeconds !== undefined && (a.authorizerResultTtlInSeconds < 0 || a.authorizerResultTtlInSeconds > 3600))
    throw badRequest("Authorizer result TTL must be between 0 and 3600 seconds");
  if (a.type === "COGNITO_USER_POOLS") {
    if (!a.providerARNs || a.providerARNs.length === 0)
      throw badRequest("Invalid provider ARNs specified. Authorizers of type COGNITO_USER_POOLS require at least one Cognito user pool ARN");
    // AWS documents a limit of 1,000 pools per authorizer.
    if (a.providerARNs.length > 1000) throw badRequest("An authorizer may have at most 1000 provider ARNs");
    for (const arn of a.providerARNs) if (!PROVIDER_ARN.test(arn)) throw badRequest(`Invalid ARN specified in the request: ${arn}`);
  }
  if (a.type === "COGNITO_USER_POOLS" || a.type === "TOKEN") {
    if (!a.identitySource) throw badRequest("Identity source must be specified for authorizers of type TOKEN or COGNITO_USER_POOLS");
    if (!HEADER_SOURCE.test(a.identitySource))
      throw badRequest(
        `Invalid token source expression: ${a.identitySource}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'`,
      );
  }
  if (a.type === "TOKEN" || a.type === "REQUEST") {
    if (!a.authorizerUri) throw badRequest("Authorizer URI must be specified for authorizers of type TOKEN or REQUEST");
    if (a.type === "REQUEST" && !a.identitySource && resultTtlSeconds(a) > 0) throw badRequest("Invalid request input");
  }
  if (a.identityValidationExpression !== undefined) {
    try {
      new RegExp(a.identityValidationExpression);
    } catch {
      throw badRequest(`Invalid identity validation expression specified: ${a.identityValidationExpression}`);
    }
  }
  return compact(a);
}
