import { createHmac, randomBytes } from "node:crypto";
import { constantTimeEqual } from "../auth/secret-hash.js";

/**
 * Time-based one-time passwords as authenticator apps compute them (RFC 6238 over RFC 4226): HMAC-SHA1 of the
 * 30-second step counter, dynamically truncated to 6 digits. Secrets travel as RFC 4648 base32, as in
 * otpauth:// URIs.
 */
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of the current one still accepted, for the clock drift of a phone (RFC 6238 §5.2). */
export const TOTP_DRIFT_STEPS = 1;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
// AWS's SecretCode is 32 base32 characters: 160 bits, the key size RFC 4226 §4 recommends for HMAC-SHA1.
const SECRET_BYTES = 20;

export function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 (case-insensitive, padding ignored); undefined for any other character. */
export function base32Decode(text: string): Buffer | undefined {
  const clean = text.replace(/=+$/, "").toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const v = BASE32.indexOf(ch);
    if (v < 0) return undefined;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return Buffer.from(out);
}

/** A new shared secret, base32. */
export const newTotpSecret = (): string => base32Encode(randomBytes(SECRET_BYTES));

/** The step counter of a moment (epoch milliseconds). */
export const totpStep = (nowMs: number): number => Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS);

/** The code of one step for a raw key (RFC 4226 §5.3 dynamic truncation). */
export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(msg).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/**
 * The step whose code `code` is, among the current step and its drift neighbours, that is later than
 * `afterStep` (a code already used is not accepted again: RFC 6238 §5.2 asks the verifier to refuse a second
 * use). Undefined when no step matches. Every candidate is compared, in constant time.
 */
export function matchTotp(secret: string, code: string, nowMs: number, afterStep = -1): number | undefined {
  const key = base32Decode(secret);
  if (!key || !/^\d{6}$/.test(code)) return undefined;
  const now = totpStep(nowMs);
  let matched: number | undefined;
  for (let step = now - TOTP_DRIFT_STEPS; step <= now + TOTP_DRIFT_STEPS; step++) {
    if (constantTimeEqual(hotp(key, step), code) && step > afterStep && matched === undefined) matched = step;
  }
  return matched;
}
