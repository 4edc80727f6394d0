import { createHash } from "node:crypto";
import { constantTimeEqual } from "../auth/secret-hash.js";

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))) must equal the code_challenge. */
export function pkceMatches(challenge: string, verifier: string): boolean {
  if (!VERIFIER.test(verifier)) return false;
  return constantTimeEqual(createHash("sha256").update(verifier, "ascii").digest("base64url"), challenge);
}
