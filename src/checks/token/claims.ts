import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** B5 `token.claims`: explains token_use, exp, auth_time, iss and who the token is for (the article's example payloads). */
export const claimsCheck = defineCheck("token.claims", "token", {
  explain: "pass",
  undecodable: "skip",
});

/** Times stay epoch seconds here (this runs on every gateway request); readers format them for people. */
export function explainClaims(payload: Record<string, unknown> | undefined): Finding {
  if (!payload) return claimsCheck.finding("undecodable");
  const str = (v: unknown): string | number => (typeof v === "string" || typeof v === "number" ? v : v === undefined ? "-" : String(v));
  return claimsCheck.finding("explain", {
    params: {
      tokenUse: str(payload.token_use),
      iss: str(payload.iss),
      exp: str(payload.exp),
      authTime: str(payload.auth_time),
      client: str(payload.aud ?? payload.client_id),
      subject: str(payload["cognito:username"] ?? payload.username ?? payload.sub),
    },
    actual: {
      token_use: payload.token_use,
      iss: payload.iss,
      exp: payload.exp,
      auth_time: payload.auth_time,
      aud: payload.aud,
      client_id: payload.client_id,
      scope: payload.scope,
    },
  });
}
