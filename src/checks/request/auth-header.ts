import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** B6 `request.auth-header`: the token is in the header the authorizer reads, correctly formed. */
export const authHeaderCheck = defineCheck("request.auth-header", "request", {
  ok: "pass",
  "ok-bearer": "pass",
  "unusual-bearer": "warn",
  missing: "fail",
  empty: "fail",
  "bearer-without-token": "fail",
  "iam-signature": "fail",
  "identity-source-repeated": "fail",
  "other-scheme": "warn",
  // The doctor's word for a preflight (browsers never send a token on one): the missing header is not the cause.
  preflight: "skip",
});

export type Headers = Record<string, string | string[] | undefined>;

/** Identity sources seen so far: an API has a handful, and the invoke path asks on every request. */
const headerNames = new Map<string, string | undefined>();

/** "method.request.header.Authorization" → "authorization"; undefined for any other form. */
export function identityHeaderName(identitySource: string | undefined): string | undefined {
  const source = identitySource ?? "";
  if (headerNames.has(source)) return headerNames.get(source);
  const m = /^method\.request\.header\.([a-zA-Z0-9._-]+)$/.exec(source.trim());
  const name = m ? m[1].toLowerCase() : undefined;
  if (headerNames.size >= 256) headerNames.clear();
  headerNames.set(source, name);
  return name;
}

/** A header value by case-insensitive name (Node lower-cases names; other callers may not). */
export function headerValue(headers: Headers, name: string): string | undefined {
  const lower = name.toLowerCase();
  // for...in, not Object.entries: the same keys in the same order without an array per call (hot path).
  for (const k in headers) {
    const v = headers[k];
    if (v === undefined || (k !== lower && k.toLowerCase() !== lower)) continue;
    return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}

/** A header name that is itself an identity source: the prefix was written twice. */
const REPEATED_PREFIX = /^method\.request\.(header|querystring)\./i;

/**
 * `method.request.header.method.request.header.Authorization` is a valid identity source (dots are allowed in a
 * header name), so the gateway reads a header called "method.request.header.authorization", which nobody sends:
 * every call is 401. The configuration is at fault, not the caller, whose Authorization header is ignored.
 */
function repeatedPrefix(headerName: string): Finding {
  const meant = `method.request.header.${headerName.replace(/^(method\.request\.(header|querystring)\.)+/i, "")}`;
  return authHeaderCheck.finding("identity-source-repeated", {
    params: { header: headerName, identitySource: `method.request.header.${headerName}`, meant },
    actual: `method.request.header.${headerName}`,
    expected: meant,
  });
}

/**
 * Extracts the token the way API Gateway is believed to (AWS-recorded tests accept `Bearer <token>` as well as
 * the bare token): the value is trimmed, then exactly one leading "Bearer " (any case) is removed.
 */
export function checkAuthHeader(headers: Headers, headerName: string): { finding: Finding; token?: string } {
  const raw = headerValue(headers, headerName);
  const params = { header: headerName };
  if (raw === undefined && REPEATED_PREFIX.test(headerName)) return { finding: repeatedPrefix(headerName) };
  if (raw === undefined) return { finding: authHeaderCheck.finding("missing", { params, actual: null, expected: `${headerName}: <token>` }) };
  const value = raw.trim();
  if (value === "") return { finding: authHeaderCheck.finding("empty", { params, actual: "", expected: "<token>" }) };
  if (/^bearer$/i.test(value)) return { finding: authHeaderCheck.finding("bearer-without-token", { params, actual: value, expected: "Bearer <token>" }) };
  if (/^bearer /i.test(value)) {
    const token = value.slice(7);
    const canonical = value.startsWith("Bearer ") && !token.startsWith(" ");
    return {
      token,
      finding: canonical
        ? authHeaderCheck.finding("ok-bearer", { params })
        : authHeaderCheck.finding("unusual-bearer", { params, actual: value.slice(0, 8), expected: "Bearer " }),
    };
  }
  // A SigV4 signature (an AWS SDK or Postman's "AWS Signature" auth) is IAM authorization, not a token with
  // spaces in it; the Cognito authorizer reads it as a malformed token all the same (401).
  if (/^AWS4-HMAC-SHA256\s+Credential=/i.test(value))
    return {
      finding: authHeaderCheck.finding("iam-signature", {
        params,
        actual: `${value.slice(0, 40)}…`,
        expected: `${headerName}: <ID or access token>`,
      }),
    };
  const scheme = /^([A-Za-z][\w-]*) +\S/.exec(value);
  if (scheme)
    return {
      token: value,
      finding: authHeaderCheck.finding("other-scheme", { params: { ...params, scheme: scheme[1] }, actual: scheme[1], expected: "Bearer or no scheme" }),
    };
  return { token: value, finding: authHeaderCheck.finding("ok", { params }) };
}
