import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** B1 `token.not-expired`: `exp` (seconds since the epoch, UTC) is in the future. */
export const notExpiredCheck = defineCheck("token.not-expired", "token", {
  ok: "pass",
  "no-exp": "fail",
  expired: "fail",
});

const iso = (s: number) => new Date(s * 1000).toISOString().replace(".000Z", "Z");

/** `nowSeconds >= exp` is expired, as a token is valid strictly before its exp. */
export function checkNotExpired(payload: Record<string, unknown>, nowSeconds: number): Finding {
  const exp = payload.exp;
  if (typeof exp !== "number" || !Number.isFinite(exp)) return notExpiredCheck.finding("no-exp", { actual: exp ?? null, expected: "a number of seconds" });
  if (nowSeconds >= exp)
    return notExpiredCheck.finding("expired", {
      params: { exp: iso(exp), now: iso(nowSeconds), ago: nowSeconds - exp },
      actual: iso(exp),
      expected: `after ${iso(nowSeconds)}`,
    });
  // Numbers only on the passing path: the gateway runs this on every request.
  return notExpiredCheck.finding("ok", { params: { exp, left: exp - nowSeconds } });
}
