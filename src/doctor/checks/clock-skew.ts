import { type Finding, finding } from "../../checks/types.js";

/**
 * `token.clock-skew` (doctor only): the machine judging the token and the one that issued it disagree about the
 * time. Cognito sets iat to its own clock; an iat in the future, or a token that "expired" minutes after it was
 * issued, usually means the caller's clock is off (Amplify corrects for this drift itself, other clients do not).
 */
export const ID = "token.clock-skew";

/** Beyond this, a difference is not network latency. */
export const SKEW_TOLERANCE_S = 60;

export function checkClockSkew(payload: Record<string, unknown>, nowSeconds: number): Finding {
  const iat = payload.iat;
  if (typeof iat !== "number") return finding(ID, "skip", "no-iat");
  const ahead = iat - nowSeconds;
  if (ahead > SKEW_TOLERANCE_S) return finding(ID, "warn", "issued-in-future", { params: { seconds: ahead }, actual: iat, expected: `<= ${nowSeconds}` });
  return finding(ID, "pass", "ok");
}
