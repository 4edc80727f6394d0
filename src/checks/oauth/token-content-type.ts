import { type Finding, finding } from "../types.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/**
 * C8 `oauth.token-content-type`: the token endpoint takes only `Content-Type: application/x-www-form-urlencoded`;
 * anything else (absent, JSON, the value in quotes) gets HTTP 405 with an empty body. The implicit flow avoids the
 * token endpoint altogether.
 */
export const ID = "oauth.token-content-type";

const FORM = "application/x-www-form-urlencoded";

export function checkTokenContentType(s: OAuthSetup, f: OAuthFacts): Finding {
  if (s.grantType === "implicit") return finding(ID, "pass", "implicit");
  const declared = s.tokenContentType;
  if (declared !== undefined) {
    const bare = declared.split(";")[0]?.trim() ?? "";
    if (/^['"].*['"]$/.test(bare)) return finding(ID, "fail", "quoted", { params: { contentType: declared }, actual: declared, expected: FORM });
    if (bare.toLowerCase() !== FORM)
      return finding(ID, "fail", "wrong", { params: { contentType: declared || "(none)" }, actual: declared || "(none)", expected: FORM });
  }
  const p = f.probe;
  if (p && !p.unreachable && p.formStatus !== undefined) {
    if (p.formStatus === 405) return finding(ID, "fail", "probe-form-405", { params: { url: p.url }, actual: 405, expected: 400 });
    if (p.jsonStatus === 405)
      return finding(ID, "pass", "probe-confirmed", {
        params: { url: p.url, formStatus: p.formStatus, jsonStatus: p.jsonStatus },
        actual: { form: p.formStatus, json: p.jsonStatus },
      });
  }
  if (declared !== undefined) return finding(ID, "pass", "declared", { params: { contentType: declared }, actual: declared, expected: FORM });
  return finding(ID, "skip", "unverified");
}
