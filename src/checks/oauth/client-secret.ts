import { type Finding, finding } from "../types.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/**
 * C5 `oauth.client-secret`: a secret is given exactly when the app client has one. The token endpoint answers
 * invalid_client for a missing or wrong secret; the same secret is what SECRET_HASH is computed from in
 * InitiateAuth and the other user-pool API calls.
 */
export const ID = "oauth.client-secret";

export function checkClientSecret(s: OAuthSetup, f: OAuthFacts): Finding {
  const c = f.client;
  if (!c) return finding(ID, "skip", "no-client");
  const given = s.clientSecret !== undefined && s.clientSecret !== "";
  // The implicit flow never calls the token endpoint, so no client authentication happens.
  if (s.grantType === "implicit") return finding(ID, given ? "warn" : "pass", given ? "implicit-ignored" : "implicit");
  if (given && s.clientSecret !== s.clientSecret?.trim()) return finding(ID, "fail", "whitespace", { actual: "(secret with surrounding spaces)" });
  if (c.hasSecret && !given)
    return finding(ID, "fail", "missing", { params: { client: c.clientId }, actual: "(empty)", expected: "(the app client's secret)" });
  if (!c.hasSecret && given) return finding(ID, "fail", "unexpected", { params: { client: c.clientId }, actual: "(a secret)", expected: "(empty)" });
  if (c.hasSecret && c.secretMatches === false)
    return finding(ID, "fail", "mismatch", { params: { client: c.clientId }, actual: "(a different secret)", expected: "(the app client's secret)" });
  // Postman's default "Send as Basic Auth header" sends "client_id:" with an empty secret for a public client;
  // AWS workshops switch to "Send client credentials in body" (reported to fail with invalid_client otherwise).
  if (!c.hasSecret && s.clientAuthentication === "header")
    return finding(ID, "warn", "public-basic-header", {
      params: { client: c.clientId },
      actual: "Send as Basic Auth header",
      expected: "Send client credentials in body",
    });
  return finding(ID, "pass", c.hasSecret ? "ok" : "public", { params: { client: c.clientId } });
}
