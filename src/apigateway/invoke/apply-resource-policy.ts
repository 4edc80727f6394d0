import { methodArn } from "../../checks/request/iam-policy.js";
import { checkResourcePolicy, type ResourcePolicyInput } from "../../checks/request/resource-policy.js";
import { type Finding, finding as findingOf } from "../../checks/types.js";
import type { InvokeEnv, InvokeState, Refusal, Step } from "./state.js";

/** AWS masks the account id in denial messages to eight asterisks and its last four digits. */
const masked = (account: string) => `********${account.slice(-4)}`;

const NEEDS_SOURCE_IP: Finding = findingOf("api.resource-policy", "skip", "needs-source-ip");

const NO_POLICY: ResourcePolicyInput = {
  policy: undefined,
  scope: { region: "", accountId: "", restApiId: "" },
  request: { resourceArn: "", sourceIp: "" },
  authenticated: false,
};

/**
 * Evaluates the deployed resource policy after the authorizer (AWS docs: for Cognito, authentication comes first).
 * Denials are 403 ACCESS_DENIED with a capital-M "Message" and AWS's current wordings.
 */
export const applyResourcePolicy: Step = (st, env) => policyRefusal(st, env, false);

/**
 * Before a Lambda authorizer runs, API Gateway checks the resource policy for an explicit deny and refuses at once
 * (AWS docs, "How API Gateway resource policies affect authorization workflow": Lambda authorizer workflow), so a
 * denied caller never reaches the function. Anything else waits for the policy step after the authorizer.
 */
export const denyBeforeLambdaAuthorizer = (st: InvokeState, env: InvokeEnv): Refusal | undefined => policyRefusal(st, env, true);

function policyRefusal(st: InvokeState, env: InvokeEnv, onlyExplicitDeny: boolean): Refusal | undefined {
  const policy = st.snapshot!.api.policy;
  if (onlyExplicitDeny && !policy) return undefined;
  // Without a policy the check has nothing to evaluate: no ARN to build on every request.
  if (!policy) {
    st.findings.push(checkResourcePolicy(NO_POLICY));
    return undefined;
  }
  const { apiId, stageName, path } = st.target;
  const { region, accountId } = env;
  const arn = methodArn(region, accountId, apiId, stageName, st.httpMethod, path);
  const sourceIp = st.request.sourceIp;
  // The doctor, asked about a call to AWS, cannot know the caller's address: a policy that tests it is not judged.
  if (sourceIp === undefined && policy.includes("aws:SourceIp")) {
    if (!onlyExplicitDeny) st.findings.push(NEEDS_SOURCE_IP);
    return undefined;
  }
  // The inputs do not change between the check before a Lambda authorizer and the step after it: evaluate once.
  const finding =
    st.policyFinding ??
    checkResourcePolicy({
      policy,
      scope: { region, accountId, restApiId: apiId },
      request: { resourceArn: arn, sourceIp: sourceIp ?? "" },
      authenticated: st.route!.method.authorizationType === "COGNITO_USER_POOLS" || st.route!.method.authorizationType === "CUSTOM",
    });
  if (onlyExplicitDeny && finding.messageKey !== "explicit-deny") {
    st.policyFinding = finding;
    return undefined;
  }
  st.findings.push(finding);
  if (finding.status !== "fail") return undefined;
  const shown = methodArn(region, masked(accountId), apiId, stageName, st.httpMethod, path);
  const message =
    finding.messageKey === "explicit-deny"
      ? `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${shown} with an explicit deny in a resource-based policy`
      : `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${shown} because no resource-based policy allows the execute-api:Invoke action`;
  return { decision: "deny", cause: { ...finding, cause: true }, error: { type: "ACCESS_DENIED", message, capitalMessage: true } };
}
