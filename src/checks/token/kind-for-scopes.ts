import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/**
 * B4 `token.kind-for-scopes`: a method without authorizationScopes takes an ID token; a method with scopes takes an
 * access token carrying at least one of them (any-of). AWS-recorded tests answer every mismatch with 401.
 */
export const kindForScopesCheck = defineCheck("token.kind-for-scopes", "token", {
  "ok-id": "pass",
  "ok-access": "pass",
  "access-without-scopes": "fail",
  "id-with-scopes": "fail",
  "no-matching-scope": "fail",
  "sign-in-scope-only": "fail",
  "unknown-token-use": "fail",
});

/** The one scope of an access token from the user pool API's sign-in (InitiateAuth), not from the OAuth endpoints. */
const SIGN_IN_SCOPE = "aws.cognito.signin.user.admin";

export function checkKindForScopes(payload: Record<string, unknown>, methodScopes: string[] | undefined): Finding {
  const f = kindForScopesCheck.finding;
  const scopes = methodScopes ?? [];
  const use = payload.token_use;
  if (use !== "id" && use !== "access")
    return f("unknown-token-use", { params: { tokenUse: String(use) }, actual: use ?? null, expected: scopes.length ? "access" : "id" });
  if (scopes.length === 0) {
    if (use === "access") return f("access-without-scopes", { actual: "access", expected: "id" });
    return f("ok-id");
  }
  if (use === "id") return f("id-with-scopes", { params: { scopes: scopes.join(" ") }, actual: "id", expected: "access" });
  const tokenScopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
  const matched = scopes.filter((s) => tokenScopes.includes(s));
  // What InitiateAuth/AdminInitiateAuth (password, SRP) issue: custom scopes come only from the OAuth endpoints
  // or a pre token generation trigger (AWS docs, "Understanding the access token").
  if (matched.length === 0 && tokenScopes.length === 1 && tokenScopes[0] === SIGN_IN_SCOPE)
    return f("sign-in-scope-only", {
      params: { scopes: scopes.join(" "), tokenScopes: SIGN_IN_SCOPE },
      actual: tokenScopes,
      expected: `one of ${scopes.join(", ")}`,
    });
  if (matched.length === 0)
    return f("no-matching-scope", {
      params: { scopes: scopes.join(" "), tokenScopes: tokenScopes.join(" ") },
      actual: tokenScopes,
      expected: `one of ${scopes.join(", ")}`,
    });
  return f("ok-access", { params: { matched: matched.join(" ") } });
}
