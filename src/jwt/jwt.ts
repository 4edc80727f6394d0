import { sign as cryptoSign, verify as cryptoVerify, type KeyObject } from "node:crypto";

/**
 * Compact JWS with RS256 only. Cognito's header is exactly {"kid","alg"} in that order, which is why this is
 * built here rather than by a general library; verification refuses every alg but RS256 (no `none`, no HS256
 * with a public key).
 */
export function signRs256(payload: object, kid: string, key: KeyObject): string {
  const header = Buffer.from(JSON.stringify({ kid, alg: "RS256" })).toString("base64url");
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const input = `${header}.${body}`;
  return `${input}.${cryptoSign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

/** Decodes without trusting. Returns undefined for anything that is not a 3-part JWS with JSON objects. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  if (token.length > 16384) return undefined;
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((p) => B64URL.test(p)) || !parts[0] || !parts[1]) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    if (!isObject(header) || !isObject(payload)) return undefined;
    return { header, payload, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2] ?? "", "base64url") };
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** RS256 signature check; false for any other alg. */
export function verifyRs256(jwt: DecodedJwt, key: KeyObject): boolean {
  if (jwt.header.alg !== "RS256" || key.asymmetricKeyType !== "rsa") return false;
  try {
    return cryptoVerify("sha256", Buffer.from(jwt.signingInput), key, jwt.signature);
  } catch {
    return false;
  }
}
