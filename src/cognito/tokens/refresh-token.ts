import { createHash, randomBytes } from "node:crypto";

// Real refresh tokens are JWEs with this protected header; clients never decode them, but some check the shape.
const JWE_HEADER = Buffer.from(JSON.stringify({ cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" })).toString("base64url");

/** An opaque refresh token shaped like Cognito's 5-part JWE. Only its hash is stored. */
export function mintRefreshToken(): string {
  const b = (n: number) => randomBytes(n).toString("base64url");
  return `${JWE_HEADER}.${b(256)}.${b(12)}.${b(384)}.${b(16)}`;
}

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("base64url");

export const looksLikeRefreshToken = (token: string): boolean => token.split(".").length === 5 && /^[A-Za-z0-9-_=.]+$/.test(token);
