import { checkApiKey } from "../../checks/request/api-key.js";
import type { Step } from "./state.js";

/** After the authorizer and resource policy (AWS docs "Gateway response types", RESOURCE_NOT_FOUND/INVALID_API_KEY order). */
export const requireApiKey: Step = (st) => {
  const finding = checkApiKey(st.route!.method.apiKeyRequired === true, st.req.headers);
  st.findings.push(finding);
  if (finding.status !== "fail") return undefined;
  return { decision: "deny", cause: { ...finding, cause: true }, error: { type: "INVALID_API_KEY", message: "Forbidden" } };
};
