import { headerValueAsText } from "../../grammar/header-value.js";
import { type DecodedJwt, decodeJwt } from "../../jwt/jwt.js";
import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** B3 `token.decodable`: the string is a JWT; if not, say what was added to it (spaces, quotes, line breaks). */
export const decodableCheck = defineCheck("token.decodable", "token", {
  ok: "pass",
  "too-long": "fail",
  whitespace: "fail",
  quoted: "fail",
  "non-ascii": "fail",
  unsigned: "fail",
  parts: "fail",
  base64url: "fail",
  json: "fail",
});

/** Longer than any Cognito token with generous custom claims; refused before any parsing work. */
export const MAX_TOKEN_CHARS = 16384;

/** `known`: the same token already decoded (from the gateway's signature cache), so it is not decoded again. */
export function checkDecodable(token: string, known?: DecodedJwt): { finding: Finding; jwt?: DecodedJwt } {
  const f = decodableCheck.finding;
  // Fast path: a well-formed token decodes at once; the diagnosis below only runs for the rest.
  const decoded = known ?? (token.length <= MAX_TOKEN_CHARS ? decodeJwt(token) : undefined);
  if (decoded && decoded.signature.length > 0)
    return { finding: f("ok", { params: { alg: String(decoded.header.alg), kid: String(decoded.header.kid ?? "") } }), jwt: decoded };
  if (token.length > MAX_TOKEN_CHARS)
    return { finding: f("too-long", { params: { length: token.length, max: MAX_TOKEN_CHARS }, actual: token.length, expected: `<= ${MAX_TOKEN_CHARS}` }) };
  // What a person pasted: the received bytes read back as UTF-8 text, so a full-width space is one character.
  const text = headerValueAsText(token);
  const odd = firstOdd(text);
  if (odd && /\s/u.test(odd.char))
    return { finding: f("whitespace", { params: { position: odd.position, char: odd.name }, actual: odd.name, expected: "no whitespace inside the token" }) };
  if (/^["']|["']$/.test(token)) return { finding: f("quoted", { actual: token.slice(0, 1), expected: "the token without quotes" }) };
  if (odd)
    return { finding: f("non-ascii", { params: { position: odd.position, char: odd.name }, actual: odd.name, expected: "base64url characters and dots" }) };
  const parts = token.split(".");
  if (parts.length === 3 && parts[2] === "" && unsignedAlg(parts[0])) return { finding: f("unsigned", { actual: "alg none", expected: "RS256" }) };
  if (parts.length !== 3) return { finding: f("parts", { params: { count: parts.length }, actual: parts.length, expected: 3 }) };
  if (!parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p)) || !parts[0] || !parts[1] || !parts[2])
    return { finding: f("base64url", { actual: "characters outside base64url, or an empty part", expected: "three non-empty base64url parts" }) };
  return { finding: f("json", { actual: "header or payload is not a JSON object", expected: "JSON objects" }) };
}

/** The first character that has no place in a JWT (whitespace, control or non-ASCII), counted from 1 by code point. */
function firstOdd(text: string): { char: string; name: string; position: number } | undefined {
  let position = 0;
  for (const char of text) {
    position++;
    if (/[\x21-\x7e]/.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    return { char, position, name: `U+${code.toString(16).toUpperCase().padStart(4, "0")}` };
  }
  return undefined;
}

/** An unsigned token (`alg: none`): forged, or a test token; never one Cognito issued. */
function unsignedAlg(headerPart: string | undefined): boolean {
  try {
    const header = JSON.parse(Buffer.from(headerPart ?? "", "base64url").toString("utf8")) as { alg?: unknown };
    return typeof header.alg === "string" && header.alg.toLowerCase() === "none";
  } catch {
    return false;
  }
}
