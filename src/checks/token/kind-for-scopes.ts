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
  "unknown-token-use": "fail",
});

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
  if (matched.length === 0)
    return f("no-matching-scope", {
      params: { scopes: scopes.join(" "), tokenScopes: tokenScopes.join(" ") },
      actual: tokenScopes,
      expected: `one of ${scopes.join(", ")}`,
    });
  return f("ok-access", { params: { matched: matched.join(" ") } });
}
