import { createDiffieHellman } from "node:crypto";
import { g, N, N_HEX } from "./constants.js";

/*
 * Modular exponentiation modulo the SRP group prime N.
 *
 * Node has no BigInt modPow, and square-and-multiply on JS BigInts costs about 4 ms for a 256-bit exponent
 * against this 3072-bit modulus. OpenSSL's constant-time Montgomery exponentiation is reachable through the
 * Diffie-Hellman API: with the private key set to `e`, `generateKeys()` yields g^e mod N and
 * `computeSecret(x)` yields x^e mod N. That is ~6x faster (see docs/srp.md for the measurement).
 * computeSecret refuses the "public keys" 0, 1 and N-1 (they are weak DH keys); those bases take the BigInt path.
 */

const dh = createDiffieHellman(Buffer.from(N_HEX, "hex"), Buffer.from([Number(g)]));

/** Minimal unsigned big-endian bytes of a non-negative integer (0 -> one zero byte). */
function toBytes(n: bigint): Buffer {
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return Buffer.from(hex, "hex");
}

const fromBytes = (b: Buffer): bigint => (b.length === 0 ? 0n : BigInt(`0x${b.toString("hex")}`));

/** Plain square-and-multiply: the reference the fast path is tested against, and the fallback for edge bases. */
export function modPowBigInt(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = ((base % mod) + mod) % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    e >>= 1n;
    b = (b * b) % mod;
  }
  return result;
}

/** base^exp mod N. */
export function modPowN(base: bigint, exp: bigint): bigint {
  const b = ((base % N) + N) % N;
  if (exp === 0n) return 1n;
  if (b <= 1n || b === N - 1n) return modPowBigInt(b, exp, N);
  dh.setPrivateKey(toBytes(exp));
  return fromBytes(dh.computeSecret(toBytes(b)));
}

/** g^exp mod N. */
export function powG(exp: bigint): bigint {
  if (exp === 0n) return 1n;
  dh.setPrivateKey(toBytes(exp));
  dh.generateKeys();
  return fromBytes(dh.getPublicKey());
}
