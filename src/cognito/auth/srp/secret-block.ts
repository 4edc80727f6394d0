import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/*
 * SECRET_BLOCK: opaque to clients, which base64-decode it only to sign it and echo the string back as
 * PASSWORD_CLAIM_SECRET_BLOCK. Real ones are encrypted blobs that carry Cognito's challenge state, which is
 * why many clients (pycognito's aws_srp and the scripts built on it) answer PASSWORD_VERIFIER without the
 * Session and still sign in against AWS. poolgate keeps the state in its session store instead and puts the
 * session id in the block, authenticated by an HMAC under a random key stored with that session, so a block
 * names exactly one challenge and any edit to it is detected.
 */

const VERSION = 1;
const TAG_BYTES = 32;

/** A fresh per-session key for the block's tag (hex), stored with the session. */
export const newSecretBlockKey = (): string => randomBytes(32).toString("hex");

const tagOf = (sessionId: string, keyHex: string): Buffer => createHmac("sha256", Buffer.from(keyHex, "hex")).update(sessionId, "utf8").digest();

/** The SECRET_BLOCK for a session: standard base64 of version ‖ u16 length ‖ session id ‖ HMAC(key, session id). */
export function encodeSecretBlock(sessionId: string, keyHex: string): string {
  const id = Buffer.from(sessionId, "utf8");
  const len = Buffer.alloc(2);
  len.writeUInt16BE(id.length);
  return Buffer.concat([Buffer.from([VERSION]), len, id, tagOf(sessionId, keyHex)]).toString("base64");
}

/** The session id and tag a SECRET_BLOCK carries, or undefined when it is not shaped like one poolgate issued. */
export function parseSecretBlock(block: string | undefined): { sessionId: string; tag: Buffer } | undefined {
  if (typeof block !== "string" || block.length === 0) return undefined;
  const raw = Buffer.from(block, "base64");
  if (raw.length < 3 || raw[0] !== VERSION) return undefined;
  const len = raw.readUInt16BE(1);
  if (len === 0 || raw.length !== 3 + len + TAG_BYTES) return undefined;
  // Only the canonical encoding: base64 has several spellings of the same bytes.
  if (raw.toString("base64") !== block) return undefined;
  return { sessionId: raw.subarray(3, 3 + len).toString("utf8"), tag: raw.subarray(3 + len) };
}

/** Whether the echoed block is exactly the one issued under this session's key (tag compared in constant time). */
export function secretBlockMatches(received: string | undefined, keyHex: string): boolean {
  const parsed = parseSecretBlock(received);
  return parsed !== undefined && timingSafeEqual(parsed.tag, tagOf(parsed.sessionId, keyHex));
}
