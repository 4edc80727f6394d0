import { checkApiKey, presentedApiKey } from "../../checks/request/api-key.js";
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
  const finding = checkApiKey({ apiKeyRequired: required, source, value, key, apiId: st.target.apiId, stage: st.target.stageName });
  st.findings.push(finding);
  if (finding.status !== "fail") return undefined;
  return { decision: "deny", cause: { ...finding, cause: true }, error: { type: "INVALID_API_KEY", message: "Forbidden" } };
};
