import { randomBytes } from "node:crypto";
import { digestToBigInt, sha256 } from "./hash.js";
import { powG } from "./mod-pow.js";
import { hexToBigInt, padBytes } from "./pad-hex.js";

/** The part of the pool id after `_` (`us-east-1_AbCdEfGhI` -> `AbCdEfGhI`), which Cognito mixes into x. */
export const poolNameOf = (userPoolId: string): string => userPoolId.split("_")[1] ?? "";

/**
 * x = H(padHex(salt) ‖ H(poolName ‖ username ‖ ":" ‖ password)), with the pool-name prefix Cognito adds
 * and the inner hash as raw bytes (amazon-cognito-identity-js `getPasswordAuthenticationKey`).
 */
export function computeX(userPoolId: string, username: string, password: string, saltHex: string): bigint {
  const inner = sha256(`${poolNameOf(userPoolId)}${username}:${password}`);
  return digestToBigInt(sha256(padBytes(hexToBigInt(saltHex)), inner));
}

/**
 * A new salt and the verifier v = g^x mod N for a password, computed with the INTERNAL username (clients
 * switch to USER_ID_FOR_SRP before computing x). Real salts are 16 random bytes as 32 hex digits.
 */
export function makeVerifier(userPoolId: string, username: string, password: string): { salt: string; verifier: string } {
  const salt = randomBytes(16).toString("hex");
  const v = powG(computeX(userPoolId, username, password, salt));
  return { salt, verifier: v.toString(16) };
}
