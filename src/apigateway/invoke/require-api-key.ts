import { checkApiKey, presentedApiKey } from "../../checks/request/api-key.js";
import type { ApiKeyMatch } from "../../shapes/apigateway.js";
import type { GatewayError } from "../gateway-responses/render.js";
import type { InvokeEnv, InvokeState, Refusal, Step } from "./state.js";

/**
 * After the authorizer and resource policy (AWS docs "Gateway response types", RESOURCE_NOT_FOUND/INVALID_API_KEY
 * order). Only a method with apiKeyRequired costs a look-up by the key's value. The API's apiKeySource is read
 * from the deployment, as the rest of the API's settings are.
 */
export const requireApiKey: Step = (st, env) => {
  const required = st.route!.method.apiKeyRequired === true;
  const source = st.snapshot?.api.apiKeySource;
  const value = required ? presentedApiKey(source, st.request.headers, st.usageIdentifierKey) : undefined;
  const found = value === undefined ? undefined : env.apiKey(value, st.target.apiId, st.target.stageName);
  if (found instanceof Promise) return found.then((key) => judgeKey(st, env, required, source, value, key));
  return judgeKey(st, env, required, source, value, found);
};

function judgeKey(
  st: InvokeState,
  env: InvokeEnv,
  required: boolean,
  source: string | undefined,
  value: string | undefined,
  key: ApiKeyMatch | null | undefined,
): Refusal | undefined {
  // Only a key the stage accepts spends its plan's allowance.
  const limit = key?.enabled && key.plan ? env.takeUsage?.(key.plan, key.id, env.nowMs()) : undefined;
  const finding = checkApiKey({ apiKeyRequired: required, source, value, key, limit, apiId: st.target.apiId, stage: st.target.stageName });
  st.findings.push(finding);
  if (finding.status !== "fail") return undefined;
  const error: GatewayError =
    limit === "throttled"
      ? { type: "THROTTLED", message: "Too Many Requests" }
      : limit === "quota-exceeded"
        ? { type: "QUOTA_EXCEEDED", message: "Limit Exceeded" }
        : { type: "INVALID_API_KEY", message: "Forbidden" };
  return { decision: "deny", cause: { ...finding, cause: true }, error };
}
