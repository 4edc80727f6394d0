import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** B5 `token.claims`: explains token_use, exp, auth_time, iss and who the token is for (the article's example payloads). */
export const claimsCheck = defineCheck("token.claims", "token", {
  explain: "pass",
  undecodable: "skip",
});

const iso = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? new Date(v * 1000).toISOString().replace(".000Z", "Z") : "-");

export function explainClaims(payload: Record<string, unknown> | undefined): Finding {
  if (!payload) return claimsCheck.finding("undecodable");
  const str = (v: unknown) => (v === undefined ? "-" : typeof v === "string" ? v : JSON.stringify(v));
  return claimsCheck.finding("explain", {
    params: {
      tokenUse: str(payload.token_use),
      iss: str(payload.iss),
      exp: iso(payload.exp),
      authTime: iso(payload.auth_time),
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
