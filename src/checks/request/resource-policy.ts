import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";
import { evaluatePolicy, hasAllowStatement, type PolicyRequest, type PolicyScope } from "./iam-policy.js";

/**
 * B7 `api.resource-policy`: the REST API's resource policy does not block the request.
 *
 * AWS docs ("How API Gateway resource policies affect authorization workflow", Table A) treat a successful Cognito
 * authorizer as an Allow, so a deny-list policy only refuses what a Deny matches. A policy with Allow statements is
 * an allow-list: what no Allow matches is refused. Without an authorizer (NONE), an explicit Allow is required.
 */
export const resourcePolicyCheck = defineCheck("api.resource-policy", "request", {
  "no-policy": "skip",
  allowed: "pass",
  "explicit-deny": "fail",
  "no-allow": "fail",
  invalid: "fail",
});

export interface ResourcePolicyInput {
  policy: string | undefined;
  scope: PolicyScope;
  request: PolicyRequest;
  /** true when an authorizer (Cognito) already authenticated the caller. */
  authenticated: boolean;
}

export function checkResourcePolicy(input: ResourcePolicyInput): Finding {
  const f = resourcePolicyCheck.finding;
  if (!input.policy) return f("no-policy");
  const params = { arn: input.request.resourceArn, sourceIp: input.request.sourceIp };
  const d = evaluatePolicy(input.policy, input.scope, input.request);
  switch (d.effect) {
    case "invalid":
      return f("invalid", { params: { ...params, reason: d.reason }, actual: d.reason, expected: "a valid policy document" });
    case "explicit-deny":
      return f("explicit-deny", { params: { ...params, statement: d.statement }, actual: `Deny statement ${d.statement}`, expected: "no matching Deny" });
    case "allow":
      return f("allowed", { params: { ...params, statement: d.statement } });
    default:
      if (input.authenticated && !hasAllowStatement(input.policy)) return f("allowed", { params: { ...params, statement: "none (deny-list)" } });
      return f("no-allow", { params, actual: "no Allow statement matches", expected: `an Allow for ${input.request.resourceArn}` });
  }
}
