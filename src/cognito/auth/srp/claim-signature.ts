import { timingSafeEqual } from "node:crypto";
import { hmacSha256 } from "./hash.js";

export interface PasswordClaim {
  /** Pool id suffix after `_`. */
  poolName: string;
  /** The internal username (USER_ID_FOR_SRP). */
  username: string;
  /** SECRET_BLOCK as sent to the client (base64); the HMAC covers its decoded bytes. */
  secretBlock: string;
  /** TIMESTAMP exactly as the client sent it. */
  timestamp: string;
}

/**
 * PASSWORD_CLAIM_SIGNATURE = Base64(HMAC-SHA256(K, poolName ‖ username ‖ base64decode(SECRET_BLOCK) ‖ TIMESTAMP))
 * (amazon-cognito-identity-js `CognitoUser.authenticateUserDefaultAuth`, Amplify v6 `srp/getSignatureString.ts`).
 */
export function claimSignature(key: Buffer, claim: PasswordClaim): string {
  return hmacSha256(
    key,
    Buffer.from(claim.poolName, "utf8"),
    Buffer.from(claim.username, "utf8"),
    Buffer.from(claim.secretBlock, "base64"),
    Buffer.from(claim.timestamp, "utf8"),
  ).toString("base64");
}

/** Compares the client's signature with the expected one in constant time (over the decoded MAC bytes). */
export function claimSignatureMatches(key: Buffer, claim: PasswordClaim, received: string): boolean {
  const expected = Buffer.from(claimSignature(key, claim), "base64");
  const actual = Buffer.from(received, "base64");
  // Re-encoding catches non-canonical base64 that would otherwise decode to the same 32 bytes.
  if (actual.length !== expected.length || actual.toString("base64") !== received) return false;
  return timingSafeEqual(actual, expected);
}
