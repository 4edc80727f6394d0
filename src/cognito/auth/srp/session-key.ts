import { hmacSha256 } from "./hash.js";
import { padBytes } from "./pad-hex.js";

const INFO = Buffer.concat([Buffer.from("Caldera Derived Key", "utf8"), Buffer.from([1])]);

/**
 * The password authentication key K: one block of HKDF-SHA256 (RFC 5869) with salt = padHex(u),
 * input key material = padHex(S), info = "Caldera Derived Key", truncated to 16 bytes
 * (amazon-cognito-identity-js `computehkdf`, Amplify v6 `srp/getHkdfKey.ts`).
 */
export function sessionKey(S: bigint, u: bigint): Buffer {
  const prk = hmacSha256(padBytes(u), padBytes(S));
  return hmacSha256(prk, INFO).subarray(0, 16);
}
