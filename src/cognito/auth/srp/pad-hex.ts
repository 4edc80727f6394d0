/**
 * Cognito's SRP hashes numbers as the bytes of Java's `BigInteger.toByteArray()`: big-endian, even length,
 * with a leading 00 byte when the top bit is set (so the value reads as positive). amazon-cognito-identity-js
 * (`AuthenticationHelper.padHex`) and Amplify v6 (`srp/getPaddedHex.ts`) reproduce that exactly; every
 * hash input below must do the same or the client and server disagree on k, u, x and the HKDF key.
 */
export function padHex(n: bigint): string {
  if (n < 0n) throw new RangeError("SRP values are never negative");
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  else if ("89abcdef".includes(hex[0] as string)) hex = `00${hex}`;
  return hex;
}

/** The bytes padHex describes. */
export const padBytes = (n: bigint): Buffer => Buffer.from(padHex(n), "hex");

/** Parses a hex string as a non-negative integer, the way clients parse SRP_B and SALT (`new BigInteger(s, 16)`). */
export const hexToBigInt = (hex: string): bigint => BigInt(`0x${hex}`);
