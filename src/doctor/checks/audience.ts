import { type Finding, finding } from "../../checks/types.js";

/**
 * `token.audience` (doctor only): which app client the token was issued to (aud in ID tokens, client_id in access
 * tokens) against --client-id. The REST API's Cognito authorizer does not check it (CreateAuthorizer has no
 * audience); HTTP API JWT authorizers and aws-jwt-verify do, so a mismatch matters there.
 */
export const ID = "token.audience";

export function checkAudience(payload: Record<string, unknown>, clientId: string | undefined): Finding {
  const aud = typeof payload.aud === "string" ? payload.aud : typeof payload.client_id === "string" ? payload.client_id : undefined;
  if (clientId === undefined) return finding(ID, "skip", "not-asked", { params: { client: aud ?? "-" } });
  if (aud === undefined) return finding(ID, "warn", "none", { params: { clientId }, actual: null, expected: clientId });
  if (aud !== clientId) return finding(ID, "warn", "other-client", { params: { client: aud, clientId }, actual: aud, expected: clientId });
  return finding(ID, "pass", "ok", { params: { client: aud } });
}
