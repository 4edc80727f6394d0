import { createHash, randomBytes } from "node:crypto";
import { g, N } from "./constants.js";

/** Hex of n as Java's BigInteger.toByteArray(): even length, with a 00 byte when the top bit is set. */
export function padHex(n: bigint): string {
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  else if ("89abcdef".includes(hex[0] as string)) hex = `00${hex}`;
  return hex;
}

export const sha256 = (...parts: (Buffer | string)[]): Buffer => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
};

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    e >>= 1n;
    b = (b * b) % mod;
  }
  return result;
}

/** The part of the pool id after `_`, which Cognito mixes into x. */
export const poolNameOf = (userPoolId: string): string => userPoolId.split("_")[1] ?? "";

/** x = H(padHex(salt) ‖ H(poolName ‖ username ‖ ":" ‖ password)). */
export function computeX(userPoolId: string, username: string, password: string, saltHex: string): bigint {
  const inner = sha256(`${poolNameOf(userPoolId)}${username}:${password}`);
  return BigInt(`0x${sha256(Buffer.from(padHex(BigInt(`0x${saltHex}`)), "hex"), inner).toString("hex")}`);
}

/** A new salt and the verifier v = g^x mod N for a password, with the internal username. */
export function makeVerifier(userPoolId: string, username: string, password: string): { salt: string; verifier: string } {
  const salt = randomBytes(16).toString("hex");
  const v = modPow(g, computeX(userPoolId, username, password, salt), N);
  return { salt, verifier: v.toString(16) };
}
