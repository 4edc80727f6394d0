import { randomBytes } from "node:crypto";

// Real SECRET_BLOCKs are opaque encrypted blobs of several hundred bytes; clients only base64-decode them for
// the signature and echo the string back, so random bytes of a similar order serve the same purpose.
const SECRET_BLOCK_BYTES = 384;

/** A new opaque SECRET_BLOCK (standard base64 with padding, as clients decode it with Buffer.from(s, "base64")). */
export const newSecretBlock = (): string => randomBytes(SECRET_BLOCK_BYTES).toString("base64");
