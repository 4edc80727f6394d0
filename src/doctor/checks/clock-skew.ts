import { type Finding, finding } from "../../checks/types.js";

/**
 * `token.clock-skew` (doctor only): the machine judging the token and the one that issued it disagree about the
 * time. Cognito sets iat to its own clock; an iat in the future, or a token that "expired" minutes after it was
 * issued, usually means the caller's clock is off (Amplify corrects for this drift itself, other clients do not).
 * With --send the answer's Date header is a second witness: the server's clock against this machine's.
 */
export const ID = "token.clock-skew";

/** An iat this far ahead is not rounding (iat is whole seconds) but a clock that is off. */
export const IAT_TOLERANCE_S = 5;

/** Beyond this, a Date header's difference is not network latency or the header's one-second resolution. */
export const DATE_TOLERANCE_S = 60;

export function checkClockSkew(payload: Record<string, unknown>, nowSeconds: number): Finding {
  const iat = payload.iat;
  if (typeof iat !== "number") return finding(ID, "skip", "no-iat");
  const ahead = iat - nowSeconds;
  if (ahead > IAT_TOLERANCE_S) return finding(ID, "warn", "issued-in-future", { params: { seconds: ahead }, actual: iat, expected: `<= ${nowSeconds}` });
  return finding(ID, "pass", "ok");
}

/** The server's clock (an answer's Date header) against this machine's; undefined when the header is absent or unreadable. */
export function checkDateHeader(date: string | undefined, nowMs: number): Finding | undefined {
  const server = date === undefined ? Number.NaN : Date.parse(date);
  if (Number.isNaN(server)) return undefined;
  const seconds = Math.round((server - nowMs) / 1000);
  if (Math.abs(seconds) <= DATE_TOLERANCE_S) return finding(ID, "pass", "date-agrees", { params: { date: date ?? "" } });
  return finding(ID, "warn", seconds > 0 ? "server-ahead" : "server-behind", {
    params: { seconds: Math.abs(seconds), date: date ?? "" },
    actual: date,
    expected: new Date(nowMs).toUTCString(),
  });
}
