/** Headers whose values are credentials: the console shows only a prefix of them. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie", "x-amz-security-token"]);

/** Enough to tell two tokens or keys apart on screen, too little to replay. */
const PREFIX = 8;

/** First letters of SECRET_HEADERS, lower-cased: most headers are ruled out without a lower-cased copy. */
const FIRST = new Set([..."apxcs"].map((c) => c.charCodeAt(0)));

export const isSecretHeader = (name: string): boolean => FIRST.has(name.charCodeAt(0) | 0x20) && SECRET_HEADERS.has(name.toLowerCase());

/** "Bearer eyJraWQiOiJ…" style: a scheme stays readable, the credential after it is cut to a prefix. */
export function maskSecret(value: string): string {
  const scheme = /^(Bearer|Basic|AWS4-HMAC-SHA256)(\s+)/i.exec(value);
  const head = scheme ? scheme[0] : "";
  const rest = value.slice(head.length);
  if (rest.length <= PREFIX) return `${head}${"•".repeat(rest.length)}`;
  return `${head}${rest.slice(0, PREFIX)}… (${rest.length} chars)`;
}

/** A copy of Node's raw header list (name, value, name, value...) with credentials masked: one array per request. */
export function maskedHeaders(raw: readonly string[]): string[] {
  const out = raw.slice();
  for (let i = 0; i + 1 < out.length; i += 2) if (isSecretHeader(out[i])) out[i + 1] = maskSecret(out[i + 1]);
  return out;
}
