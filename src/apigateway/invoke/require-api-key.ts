import { checkApiKey, presentedApiKey } from "../../checks/request/api-key.js";
import type { GatewayError } from "../gateway-responses/render.js";
import type { Step } from "./state.js";

/**
 * After the authorizer and resource policy (AWS docs "Gateway response types", RESOURCE_NOT_FOUND/INVALID_API_KEY
 * order). Only a method with apiKeyRequired costs a look-up: one indexed statement by the key's value. The API's
 * apiKeySource is read from the deployment, as the rest of the API's settings are.
 */
export const requireApiKey: Step = (st, deps) => {
  const required = st.route!.method.apiKeyRequired === true;
  const source = st.snapshot?.api.apiKeySource;
  const value = required ? presentedApiKey(source, st.req.headers, st.usageIdentifierKey) : undefined;
  const key = value === undefined ? undefined : (deps.reader.apiKey(value, st.target.apiId, st.target.stageName) ?? null);
  // Only a key the stage accepts spends its plan's allowance.
  const limit = key?.enabled && key.plan ? deps.usageLimits.take(key.plan, key.id, deps.s.clock.now()) : undefined;
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
};
