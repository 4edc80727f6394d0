import { digestToBigInt, sha256 } from "./hash.js";
import { padBytes } from "./pad-hex.js";

/** The scrambling parameter u = H(padHex(A) ‖ padHex(B)). Both sides abort when u = 0. */
export const scrambler = (A: bigint, B: bigint): bigint => digestToBigInt(sha256(Buffer.concat([padBytes(A), padBytes(B)])));
