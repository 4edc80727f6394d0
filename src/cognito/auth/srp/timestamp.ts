/*
 * The PASSWORD_VERIFIER TIMESTAMP: "EEE MMM d HH:mm:ss UTC yyyy" (Java date-pattern letters), English
 * day and month abbreviations, the day of month NOT zero-padded, time fields zero-padded, always UTC:
 * `Tue Sep 5 09:07:03 UTC 2023` (amazon-cognito-identity-js `DateHelper.getNowString`, Amplify v6
 * `srp/getNowString.ts`). Cognito rejects a zero-padded day or a weekday that does not match the date with
 * "Incorrect username or password." (measured against a real pool, ministackorg/ministack#1758), so parsing
 * is strict: a timestamp is accepted only if formatting the date it names gives back the same string.
 */

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SHAPE = /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/;

const two = (n: number) => String(n).padStart(2, "0");

/** The timestamp a client would send at `ms` (epoch milliseconds). */
export function formatSrpTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** Epoch milliseconds of a well-formed TIMESTAMP, or undefined when it is malformed in any way. */
export function parseSrpTimestamp(text: string | undefined): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = SHAPE.exec(text);
  if (!m) return undefined;
  const [, , monthName, day, hh, mm, ss, yyyy] = m;
  const month = MONTHS.indexOf(monthName as string);
  if (month < 0) return undefined;
  const ms = Date.UTC(Number(yyyy), month, Number(day), Number(hh), Number(mm), Number(ss));
  // Round trip: rejects Feb 30, 24:00:00, "Sep 05", a wrong weekday, and years Date.UTC would remap.
  return Number.isFinite(ms) && formatSrpTimestamp(ms) === text ? ms : undefined;
}
