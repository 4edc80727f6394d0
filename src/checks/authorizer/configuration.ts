import { parseUserPoolArn } from "../../grammar/provider-arn.js";
import type { Authorizer } from "../../shapes/apigateway.js";
import { defineCheck } from "../define.js";
import { identityHeaderName } from "../request/auth-header.js";
import type { Finding } from "../types.js";

/**
 * `authorizer.configuration`: the method's authorizer can run at all. When it cannot, API Gateway answers
 * 500 AUTHORIZER_CONFIGURATION_ERROR (observed for Lambda authorizers; inferred for a deleted pool).
 */
export const configurationCheck = defineCheck("authorizer.configuration", "authorizer", {
  ok: "pass",
  "missing-authorizer": "fail",
  "not-cognito": "fail",
  "no-provider-arns": "fail",
  "bad-arn": "fail",
  "bad-identity-source": "fail",
  "pool-unavailable": "fail",
});

/** Structural problems that stop the authorizer from running for any request. */
export function checkConfiguration(authorizer: Authorizer | undefined): Finding {
  const f = configurationCheck.finding;
  if (!authorizer) return f("missing-authorizer", { actual: null, expected: "an authorizer in the deployment" });
  const params = { authorizerId: authorizer.id, name: authorizer.name };
  if (authorizer.type !== "COGNITO_USER_POOLS") return f("not-cognito", { params, actual: authorizer.type, expected: "COGNITO_USER_POOLS" });
  const arns = authorizer.providerARNs ?? [];
  if (arns.length === 0) return f("no-provider-arns", { params, actual: [], expected: "at least one user pool ARN" });
  const bad = arns.find((a) => !parseUserPoolArn(a));
  if (bad !== undefined)
    return f("bad-arn", { params: { ...params, arn: bad }, actual: bad, expected: "arn:aws:cognito-idp:<region>:<account>:userpool/<userPoolId>" });
  if (!identityHeaderName(authorizer.identitySource))
    return f("bad-identity-source", { params, actual: authorizer.identitySource ?? null, expected: "method.request.header.<Name>" });
  return f("ok", { params });
}

/** The listed pool a token comes from has no keys to be had (deleted, or its JWKS unreachable). */
export const unavailablePool = (authorizer: Authorizer, poolId: string): Finding =>
  configurationCheck.finding("pool-unavailable", {
    params: { authorizerId: authorizer.id, name: authorizer.name, poolId },
    actual: poolId,
    expected: "an existing user pool",
  });
