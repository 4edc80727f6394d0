const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** Java's Date.toString() in UTC, e.g. "Tue Apr 04 18:39:39 UTC 2023": how API Gateway renders exp and iat. */
export function javaDateString(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/**
 * Claims as a REST API Cognito authorizer hands them to backends (`requestContext.authorizer.claims`, and
 * `$context.authorizer.claims`): every value a string. Observed formats (re:Post "aws-cognito-group", 2023;
 * awsdocs/amazon-api-gateway-developer-guide#158): exp/iat as Java date strings, auth_time as decimal, booleans
 * as "true"/"false", cognito:groups comma-joined (a single group bare), as the Amplify Admin Queries template expects.
 */
export function claimsAsStrings(payload: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(payload)) {
    if ((k === "exp" || k === "iat") && typeof v === "number") out[k] = javaDateString(v);
    else if (Array.isArray(v)) out[k] = v.map(String).join(",");
    else if (typeof v === "string") out[k] = v;
    else if (v === null) out[k] = "null";
    else if (typeof v === "object") out[k] = JSON.stringify(v);
    else out[k] = String(v);
  }
  return out;
}
