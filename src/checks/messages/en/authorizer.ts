import type { Catalogue } from "../catalogue.js";

/** authorizer checks, en. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const authorizer: Catalogue = {
  "authorizer.configuration.ok": "Authorizer {name} ({authorizerId}) is a usable Cognito user pool authorizer.",
  "authorizer.configuration.skipped": "Not checked.",
  "authorizer.configuration.missing-authorizer": "The method names an authorizer that the deployed API does not have.",
  "authorizer.configuration.missing-authorizer.fix": "Set the method's authorizerId to an existing authorizer and redeploy the API.",
  "authorizer.configuration.not-cognito": "Authorizer {name} is of type {actual}, not COGNITO_USER_POOLS.",
  "authorizer.configuration.not-cognito.fix": "Use a COGNITO_USER_POOLS authorizer for Cognito tokens, and redeploy.",
  "authorizer.configuration.no-provider-arns": "Authorizer {name} lists no user pool.",
  "authorizer.configuration.no-provider-arns.fix": "Add the user pool's ARN to providerARNs and redeploy.",
  "authorizer.configuration.bad-arn": "Authorizer {name} lists {arn}, which is not a user pool ARN.",
  "authorizer.configuration.bad-arn.fix": "Use arn:aws:cognito-idp:<region>:<account>:userpool/<userPoolId> (the region must match the pool id) and redeploy.",
  "authorizer.configuration.bad-identity-source": "Authorizer {name} reads its token from an identity source that is not a request header.",
  "authorizer.configuration.bad-identity-source.fix": "Set identitySource to method.request.header.Authorization (or another header) and redeploy.",
  "authorizer.configuration.pool-unavailable": "Authorizer {name} lists user pool {poolId}, whose keys cannot be found (deleted pool, or JWKS unreachable).",
  "authorizer.configuration.pool-unavailable.fix": "Point the authorizer at an existing user pool and redeploy.",

  "authorizer.pool-matches-issuer.ok": "The token's pool {poolId} is one of the authorizer's user pools.",
  "authorizer.pool-matches-issuer.skipped": "Not checked: the token's issuer is unknown.",
  "authorizer.pool-matches-issuer.mismatch": "The token comes from pool {poolId}, but the authorizer accepts only {pools}.",
  "authorizer.pool-matches-issuer.mismatch.fix": "Sign in to the pool the authorizer lists, or add this pool's ARN to providerARNs and redeploy.",

  "authorizer.identity-validation-expression.not-set": "No identityValidationExpression is set.",
  "authorizer.identity-validation-expression.skipped": "Not checked: the token could not be decoded.",
  "authorizer.identity-validation-expression.ok": "The token's aud {aud} matches {expression}.",
  "authorizer.identity-validation-expression.no-aud": "identityValidationExpression {expression} is set, and the token has no aud (access tokens never do).",
  "authorizer.identity-validation-expression.no-aud.fix": "Send an ID token, or remove identityValidationExpression from the authorizer and redeploy.",
  "authorizer.identity-validation-expression.mismatch": "The token's aud {aud} does not match {expression}.",
  "authorizer.identity-validation-expression.mismatch.fix": "Use a token of an app client the expression allows, or change the expression and redeploy.",
  "authorizer.identity-validation-expression.bad-regex": "identityValidationExpression {expression} is not a valid regular expression.",
  "authorizer.identity-validation-expression.bad-regex.fix": "Fix the regular expression and redeploy.",

  "authorizer.lambda.skipped": "Not checked: the authorizer function could not be run through TestInvokeAuthorizer (offline, or no permission).",
  "authorizer.lambda.allowed": "Lambda authorizer {function} allowed {arn} for principal {principalId}.",
  "authorizer.lambda.identity-missing": "The identity source {source} is missing or empty, so API Gateway answers 401 without calling the authorizer.",
  "authorizer.lambda.identity-missing.fix":
    "Send {source} with the request, or (REQUEST authorizers) set authorizerResultTtlInSeconds to 0 so identity sources are not required, and redeploy.",
  "authorizer.lambda.identity-source-repeated":
    "The identity source {source} repeats its prefix: it names a header or parameter nobody sends, so API Gateway answers 401 without calling the authorizer.",
  "authorizer.lambda.identity-source-repeated.fix": "Set the authorizer's identitySource to {meant} and redeploy.",
  "authorizer.lambda.identity-invalid": "The token does not match the authorizer's identityValidationExpression {expression}, so the function is not called.",
  "authorizer.lambda.identity-invalid.fix": "Send a token of the expected form, or change identityValidationExpression and redeploy.",
  "authorizer.lambda.unauthorized": 'Lambda authorizer {function} refused the caller with the error "Unauthorized".',
  "authorizer.lambda.unauthorized.fix": "Send a token the function accepts; its own log says why it refused.",
  "authorizer.lambda.explicit-deny": "The policy from Lambda authorizer {function} denies {arn} (statement {statement}).",
  "authorizer.lambda.explicit-deny.fix": "Make the function return Allow for this method ARN. A cached policy is reused for authorizerResultTtlInSeconds.",
  "authorizer.lambda.no-allow": "The policy from Lambda authorizer {function} has no Allow for {arn}.",
  "authorizer.lambda.no-allow.fix":
    "The policy is cached per token for authorizerResultTtlInSeconds and reused for every method: return a Resource that covers them all (e.g. arn:aws:execute-api:<region>:<account>:<apiId>/<stage>/*), or set the TTL to 0, and redeploy.",
  "authorizer.lambda.test-policy-no-allow": "The policy Lambda authorizer {function} returned to TestInvokeAuthorizer has no Allow for {arn}.",
  "authorizer.lambda.test-policy-no-allow.fix":
    "If the function builds its Resource from the test call's methodArn, this is expected; otherwise return a Resource that covers every method the token may call (for example <apiId>/<stage>/*).",
  "authorizer.lambda.bad-output": "Lambda authorizer {function} answered something API Gateway cannot use: {reason}.",
  "authorizer.lambda.bad-output.fix":
    "Return {principalId, policyDocument: {Version, Statement: [{Action, Effect, Resource}]}, context?} with only string, number or boolean context values.",
  "authorizer.lambda.function-failed": "Lambda authorizer {function} failed: {reason}.",
  "authorizer.lambda.function-failed.fix": 'Fix the function (throw exactly "Unauthorized" to refuse a caller with 401); any other failure is a 500.',
  "authorizer.lambda.no-function": "No local handler runs Lambda authorizer function {function}.",
  "authorizer.lambda.no-function.fix": "Start poolgate with --lambda <function name or ARN>=path/to/file.js#handler.",
};
