import { type Finding, finding } from "../types.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/**
 * C2 `oauth.callback-url`: the callback URL equals one of the app client's CallbackURLs. Cognito compares the
 * strings exactly, so a trailing slash, another port or letter case is a different URL (it then redirects to its
 * /error page with error=redirect_mismatch instead of back to the client).
 */
export const ID = "oauth.callback-url";

const loose = (u: string) => u.trim().toLowerCase().replace(/\/+$/, "");
const withoutOrigin = (u: string) => {
  try {
    const x = new URL(u);
    return `${x.hostname}${x.pathname}`.toLowerCase().replace(/\/+$/, "");
  } catch {
    return loose(u);
  }
};

export function checkCallbackUrl(s: OAuthSetup, f: OAuthFacts): Finding {
  if (s.grantType === "client_credentials") return finding(ID, "skip", "not-used");
  const c = f.client;
  if (!c) return finding(ID, "skip", "no-client");
  // With OAuth off for the client its OAuth settings are moot; C1 reports the cause.
  if (!c.allowedOAuthFlowsUserPoolClient) return finding(ID, "skip", "oauth-disabled");
  const registered = c.callbackUrls;
  if (registered.length === 0) return finding(ID, "fail", "none-registered", { params: { client: c.clientId }, actual: s.callbackUrl, expected: registered });
  const cb = s.callbackUrl;
  if (!cb) return finding(ID, "fail", "missing", { params: { registered: registered.join(", ") }, expected: registered });
  if (registered.includes(cb)) return finding(ID, "pass", "ok", { params: { url: cb }, actual: cb, expected: registered });
  const extra = { actual: cb, expected: registered };
  if (cb !== cb.trim()) return finding(ID, "fail", "whitespace", { params: { url: cb }, ...extra });
  const sameButSlash = registered.find((r) => r.replace(/\/+$/, "") === cb.replace(/\/+$/, ""));
  if (sameButSlash) return finding(ID, "fail", "trailing-slash", { params: { url: cb, candidate: sameButSlash }, ...extra });
  const sameButCase = registered.find((r) => loose(r) === loose(cb));
  if (sameButCase) return finding(ID, "fail", "case", { params: { url: cb, candidate: sameButCase }, ...extra });
  const sameButOrigin = registered.find((r) => withoutOrigin(r) === withoutOrigin(cb));
  if (sameButOrigin) return finding(ID, "fail", "scheme-or-port", { params: { url: cb, candidate: sameButOrigin }, ...extra });
  return finding(ID, "fail", "not-registered", { params: { url: cb, registered: registered.join(", ") }, ...extra });
}
