import { g, N } from "./constants.js";
import { digestToBigInt, sha256 } from "./hash.js";
import { padBytes } from "./pad-hex.js";

/**
 * The SRP-6a multiplier k = H(padHex(N) ‖ padHex(g)), as amazon-cognito-identity-js and Amplify v6 compute
 * it. Note g is hashed as the single byte 02, not padded to the length of N (RFC 5054 would pad it).
 */
export const k: bigint = digestToBigInt(sha256(Buffer.concat([padBytes(N), padBytes(g)])));
