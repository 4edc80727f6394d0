import { randomBytes } from "node:crypto";
import { N } from "./constants.js";
import { powG } from "./mod-pow.js";
import { k } from "./multiplier.js";

/** The server's secret b and public value B. */
export interface ServerEphemeral {
  b: bigint;
  B: bigint;
}

// 256 random bits: the exponent size that gives the 3072-bit group its ~128-bit strength.
const B_SECRET_BYTES = 32;

/** B = (k·v + g^b) mod N for a given secret b. */
export const serverPublicValue = (v: bigint, b: bigint): bigint => (k * v + powG(b)) % N;

/** A fresh random b and its B; SRP-6a forbids B mod N = 0, so that (astronomically unlikely) draw is redrawn. */
export function newServerEphemeral(v: bigint): ServerEphemeral {
  for (;;) {
    const b = BigInt(`0x${randomBytes(B_SECRET_BYTES).toString("hex")}`);
    if (b === 0n) continue;
    const B = serverPublicValue(v, b);
    if (B !== 0n) return { b, B };
  }
}
