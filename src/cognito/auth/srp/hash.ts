import { createHash, createHmac } from "node:crypto";

/** H = SHA-256 over the concatenation of the parts (strings as UTF-8). */
export function sha256(...parts: (Buffer | string)[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

/** HMAC-SHA256 over the concatenation of the parts (strings as UTF-8). */
export function hmacSha256(key: Buffer, ...parts: (Buffer | string)[]): Buffer {
  const h = createHmac("sha256", key);
  for (const p of parts) h.update(p);
  return h.digest();
}

/** A 32-byte digest read as a big-endian integer, as clients do with `new BigInteger(hexHash, 16)`. */
export const digestToBigInt = (digest: Buffer): bigint => BigInt(`0x${digest.toString("hex")}`);
