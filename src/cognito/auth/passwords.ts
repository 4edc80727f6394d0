import { createHmac, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

// scrypt N=2^14, r=8, p=1: OWASP's minimum for scrypt. Hashing runs on libuv's thread pool.
const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEYLEN = 32;

/** `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, KEYLEN, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

/**
 * Verified-password memo: after a successful scrypt check, an HMAC of (stored hash, password) under a
 * per-process random key is kept in memory, so repeated sign-ins of the same user cost one HMAC instead of
 * one scrypt. It never leaves the process and is keyed by the stored hash, so a password change voids it.
 */
const memoKey = randomBytes(32);
const memo = new Map<string, Buffer>();
const MEMO_MAX = 100_000;

const memoOf = (stored: string, password: string) => createHmac("sha256", memoKey).update(stored).update("\0").update(password).digest();

export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (!stored) return false;
  const fast = memo.get(stored);
  const mac = memoOf(stored, password);
  if (fast) return timingSafeEqual(fast, mac);
  const [scheme, n, r, p, saltB64, hashB64] = stored.split("$");
  if (scheme !== "scrypt" || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, "base64url");
  const actual = await scryptAsync(password, Buffer.from(saltB64, "base64url"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  const ok = actual.length === expected.length && timingSafeEqual(actual, expected);
  if (ok) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(stored, mac);
  }
  return ok;
}

// A stored hash no password matches, checked for unknown users. It is verified once with its own password so the
// memo above holds it like the hashes of users who signed in before: a check against it then costs what a check
// against a known user costs, and the answer's timing does not tell which usernames exist.
let decoy: Promise<string> | undefined;

export async function verifyAgainstDecoy(password: string): Promise<void> {
  decoy ??= (async () => {
    const secret = randomBytes(24).toString("base64url");
    const hash = await hashPassword(secret);
    await verifyPassword(hash, secret);
    return hash;
  })();
  await verifyPassword(await decoy, password);
}
