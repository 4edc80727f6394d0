import { type Finding, finding } from "../types.js";
import { judgeEndpointUrl } from "./hosted-ui-urls.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/**
 * C3 `oauth.auth-url`: https://{domain}.auth.{region}.amazoncognito.com/login (the article) or /oauth2/authorize
 * (what Postman's guide uses; /oauth2/authorize redirects to /login), on the pool's own domain and region.
 */
export const ID = "oauth.auth-url";

export function checkAuthUrl(s: OAuthSetup, f: OAuthFacts): Finding {
  if (s.grantType === "client_credentials") return finding(ID, "skip", "not-used");
  if (!s.authUrl) return finding(ID, "fail", "missing");
  const v = judgeEndpointUrl(s.authUrl, "authorize", f);
  const status = v.key === "ok" ? "pass" : v.key === "api-region-differs" ? "warn" : "fail";
  return finding(ID, status, v.key, { params: { ...v.params, expectedUrl: v.expected[0] ?? "-" }, actual: s.authUrl, expected: v.expected });
}
