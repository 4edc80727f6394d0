import { type Finding, finding } from "../types.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/**
 * C6 `oauth.scope-openid`: `openid` is requested and the app client allows it (without it Cognito returns no ID
 * token, and a method without scopes needs the ID token). client_credentials is the opposite: openid is refused
 * there ("openid is not supported with client_credentials flow"), only resource-server scopes apply.
 */
export const ID = "oauth.scope-openid";

export function checkScopeOpenid(s: OAuthSetup, f: OAuthFacts): Finding {
  const c = f.client;
  if (!c) return finding(ID, "skip", "no-client");
  // With OAuth off for the client its OAuth settings are moot; C1 reports the cause.
  if (!c.allowedOAuthFlowsUserPoolClient) return finding(ID, "skip", "oauth-disabled");
  const requested = s.scopes;
  const allowed = c.allowedOAuthScopes;
  const notAllowed = requested.filter((x) => !allowed.includes(x));
  const unknownCustom = notAllowed.filter((x) => x.includes("/") && !f.resourceServerScopes.includes(x));
  const params = {
    requested: requested.join(" ") || "-",
    allowed: allowed.join(" ") || "-",
    notAllowed: notAllowed.join(" "),
    unknown: unknownCustom.join(" "),
  };
  const extra = { params, actual: requested, expected: allowed };
  if (s.grantType === "client_credentials") {
    if (requested.includes("openid")) return finding(ID, "fail", "client-credentials-openid", extra);
    if (notAllowed.length > 0) return finding(ID, "fail", unknownCustom.length > 0 ? "undefined-scope" : "not-allowed", extra);
    return finding(ID, "pass", "client-credentials", extra);
  }
  if (requested.length === 0)
    // Cognito then grants every scope the client allows, so openid is in only if the client allows it.
    return allowed.includes("openid") ? finding(ID, "warn", "empty", extra) : finding(ID, "fail", "openid-not-allowed", extra);
  if (!requested.includes("openid")) return finding(ID, "fail", "missing-openid", extra);
  if (!allowed.includes("openid")) return finding(ID, "fail", "openid-not-allowed", extra);
  if (notAllowed.length > 0) return finding(ID, "fail", unknownCustom.length > 0 ? "undefined-scope" : "not-allowed", extra);
  return finding(ID, "pass", "ok", extra);
}
