import { randomBytes, timingSafeEqual } from "node:crypto";

/*
 * SECRET_BLOCK: opaque to clients, which base64-decode it only to sign it and echo the string back as
 * PASSWORD_CLAIM_SECRET_BLOCK. Real ones are encrypted blobs of several hundred bytes that carry Cognito's
 * challenge state, which is why many clients (pycognito's aws_srp and the scripts built on it) answer
 * PASSWORD_VERIFIER without the Session and still sign in against AWS. poolgate keeps the state in its
 * session store instead and puts the session id in the block, followed by a random nonce stored with the
 * session, so a block is tied to one challenge and any edit to it is detected.
 */

const VERSION = 1;
// Random tail: makes the block unguessable from the session id alone and about as long as a real one.
export const SECRET_BLOCK_NONCE_BYTES = 256;

/** A fresh nonce to store with the session (hex). */
export const newSecretBlockNonce = (): string => randomBytes(SECRET_BLOCK_NONCE_BYTES).toString("hex");

/** The SECRET_BLOCK for a session: standard base64 of version ‖ u16 length ‖ session id ‖ nonce. */
export function encodeSecretBlock(sessionId: string, nonceHex: string): string {
  const id = Buffer.from(sessionId, "utf8");
  const len = Buffer.alloc(2);
  len.writeUInt16BE(id.length);
  return Buffer.concat([Buffer.from([VERSION]), len, id, Buffer.from(nonceHex, "hex")]).toString("base64");
}

/** The session id and nonce a SECRET_BLOCK carries, or undefined when it is not one poolgate issued. */
export function parseSecretBlock(block: string | undefined): { sessionId: string; nonce: Buffer } | undefined {
  if (typeof block !== "string" || block.length === 0) return undefined;
  const raw = Buffer.from(block, "base64");
  if (raw.length < 3 || raw[0] !== VERSION) return undefined;
  const len = raw.readUInt16BE(1);
  if (len === 0 || raw.length !== 3 + len + SECRET_BLOCK_NONCE_BYTES) return undefined;
  const parsed = { sessionId: raw.subarray(3, 3 + len).toString("utf8"), nonce: raw.subarray(3 + len) };
  // Only the canonical encoding is accepted: base64 has several spellings of the same bytes.
  return encodeSecretBlock(parsed.sessionId, parsed.nonce.toString("hex")) === block ? parsed : undefined;
}

/**
 * Whether the echoed block carries the nonce stored with the session (constant time). The session id part is
 * checked by the lookup itself when the caller sent no Session; when it did, the claim signature covers it.
 */
export function secretBlockMatches(received: string | undefined, nonceHex: string): boolean {
  const parsed = parseSecretBlock(received);
  const expected = Buffer.from(nonceHex, "hex");
  return parsed !== undefined && parsed.nonce.length === expected.length && timingSafeEqual(parsed.nonce, expected);
}
