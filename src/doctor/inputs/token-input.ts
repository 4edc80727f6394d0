/**
 * What a pasted token went through before it reached us. A JWT is three base64url parts joined by dots; the ways
 * people break it are few and recognisable (the article: "check that no spaces were added to the token"; AWS
 * re:Post and SDK issues add quotes, a doubled "Bearer", line wrapping, truncation, and refresh tokens, which are
 * 5-part JWEs, sent as if they were JWTs).
 */
export type Damage =
  | "header-line"
  | "json-fragment"
  | "quotes"
  | "double-bearer"
  | "bearer-inside"
  | "line-break"
  | "spaces"
  | "invisible"
  | "url-encoded"
  | "ellipsis"
  | "truncated"
  | "refresh-token";

export interface TokenInput {
  /** The value as it would sit in the header: surrounding whitespace and an "Authorization:" prefix removed. */
  headerValue: string;
  /** Everything found wrong, in the order it was found. */
  damage: Damage[];
  /** The token with every repairable damage undone, when that gives a 3-part JWT. */
  repaired?: string;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** base64url of '{"' — how every JSON header and payload starts. */
const JSON_START = "eyJ";

const decodesAsJson = (part: string): Record<string, unknown> | undefined => {
  try {
    const v = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
};

/** Whether this looks like a token at all; a usage error otherwise ("this is not a token"). */
export function looksLikeToken(raw: string): boolean {
  return raw.includes(JSON_START) || (raw.split(".").length >= 3 && /[A-Za-z0-9_-]{10,}/.test(raw));
}

export function readTokenInput(raw: string): TokenInput {
  const damage: Damage[] = [];
  let value = raw.trim();
  const header = /^authorization\s*:\s*/i.exec(value);
  if (header) {
    damage.push("header-line");
    value = value.slice(header[0].length).trim();
  }
  const headerValue = value;

  let t = value;
  // A JSON response pasted whole or in part: "IdToken": "eyJ...",
  if (/^[{[]|"(?:IdToken|AccessToken|id_token|access_token|RefreshToken|refresh_token)"\s*:/.test(t)) {
    const m = /"(?:IdToken|AccessToken|id_token|access_token)"\s*:\s*"([^"]+)"/.exec(t);
    if (m) {
      damage.push("json-fragment");
      t = m[1];
    }
  }
  if (/^["'`\u201c\u2018]|["'`\u201d\u2019]$/.test(t)) {
    damage.push("quotes");
    t = t.replace(/^["'`\u201c\u2018]+|["'`\u201d\u2019,]+$/g, "");
  }
  // API Gateway removes exactly one leading "Bearer "; a second one stays in the token.
  const bearers = /^(bearer\s+){2,}/i.exec(t);
  if (bearers) {
    damage.push("double-bearer");
    t = t.slice(bearers[0].length);
  } else if (/^bearer\s+/i.test(t)) {
    t = t.replace(/^bearer\s+/i, "");
  }
  if (/\S\s*bearer\b/i.test(t)) {
    damage.push("bearer-inside");
    t = t.replace(/\s*bearer\s*/gi, "");
  }
  if (/[\r\n]/.test(t)) damage.push("line-break");
  if (/[ \t]/.test(t)) damage.push("spaces");
  t = t.replace(/\s+/g, "");
  if (/[\u200b-\u200d\ufeff\u00a0]/.test(t)) {
    damage.push("invisible");
    t = t.replace(/[\u200b-\u200d\ufeff\u00a0]/g, "");
  }
  if (/%2e|%3d|%2b|%2f/i.test(t)) {
    damage.push("url-encoded");
    try {
      t = decodeURIComponent(t);
    } catch {
      // Leave it: the decodable check reports what remains.
    }
  }
  if (/(\.\.\.|\u2026)$/.test(t)) {
    damage.push("ellipsis");
    t = t.replace(/(\.\.\.|\u2026)$/, "");
  }

  const parts = t.split(".");
  if (parts.length === 5 && decodesAsJson(parts[0] ?? "")?.enc !== undefined) return { headerValue, damage: [...damage, "refresh-token"] };
  if (JWT_SHAPE.test(t) && decodesAsJson(parts[0] ?? "") && decodesAsJson(parts[1] ?? "")) {
    // RS256 with Cognito's 2048-bit keys: a 256-byte signature, 342 base64url characters.
    if ((parts[2]?.length ?? 0) < 342 && decodesAsJson(parts[0] ?? "")?.alg === "RS256") return { headerValue, damage: [...damage, "truncated"], repaired: t };
    return { headerValue, damage, repaired: t };
  }
  if (parts.length < 3 || (parts.length === 3 && !decodesAsJson(parts[1] ?? ""))) damage.push("truncated");
  return { headerValue, damage };
}
