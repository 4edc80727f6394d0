import { type Finding, finding } from "../types.js";
import { judgeEndpointUrl } from "./hosted-ui-urls.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/** C7 `oauth.token-url`: https://{domain}.auth.{region}.amazoncognito.com/oauth2/token, on the pool's domain. */
export const ID = "oauth.token-url";

export function checkTokenUrl(s: OAuthSetup, f: OAuthFacts): Finding {
  // The implicit flow returns the tokens in the redirect's fragment; the token endpoint is never called.
  if (s.grantType === "implicit") return finding(ID, "skip", "not-used");
  if (!s.tokenUrl) return finding(ID, "fail", "missing");
  const v = judgeEndpointUrl(s.tokenUrl, "token", f);
  const params = { ...v.params, expectedUrl: v.expected[0] ?? "-" };
  if (v.key !== "ok") return finding(ID, v.key === "api-region-differs" ? "warn" : "fail", v.key, { params, actual: s.tokenUrl, expected: v.expected });
  const p = f.probe;
  if (p?.unreachable) return finding(ID, "fail", "unreachable", { params: { ...params, error: p.unreachable }, actual: p.unreachable });
  if (p?.formStatus !== undefined && p.formStatus !== 400)
    return finding(ID, "fail", "probe-status", { params: { ...params, status: p.formStatus }, actual: p.formStatus, expected: 400 });
  return finding(ID, "pass", p?.formStatus === 400 ? "ok-probed" : "ok", { params: { ...params, error: p?.formError ?? "" }, actual: s.tokenUrl });
}
