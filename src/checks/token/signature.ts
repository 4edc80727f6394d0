import type { KeyObject } from "node:crypto";
import { type DecodedJwt, verifyRs256 } from "../../jwt/jwt.js";
import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** `token.signature`: RS256, a kid of the issuing pool's JWKS, and a signature that verifies with it. */
export const signatureCheck = defineCheck("token.signature", "token", {
  ok: "pass",
  alg: "fail",
  "no-kid": "fail",
  "unknown-kid": "fail",
  "bad-signature": "fail",
});

/** Public key of a kid in a pool, or undefined. Injected so the check stays pure. */
export type KeyLookup = (poolId: string, kid: string) => KeyObject | undefined;

/**
 * Remembers tokens whose signature verified, with the key that verified them, so a client repeating its token
 * costs one RSA verification, not one per request. A hit counts only if the lookup still returns that same key
 * object (a rotated or deleted key invalidates it). Bounded; the decision never depends on whether it hit.
 */
export class SignatureCache {
  private readonly entries = new Map<string, { key: KeyObject; jwt: DecodedJwt }>();
  constructor(private readonly capacity = 5000) {}
  /** The key that verified this exact token string, and its decoded (read-only) form. */
  get(token: string): { key: KeyObject; jwt: DecodedJwt } | undefined {
    return this.entries.get(token);
  }
  set(token: string, key: KeyObject, jwt: DecodedJwt): void {
    // Real Cognito tokens are 1-2 KB; longer ones are verified every time rather than allowed to fill memory.
    if (token.length > 4096) return;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { key, jwt });
  }
}

export function checkSignature(jwt: DecodedJwt, poolId: string, keys: KeyLookup, cache?: { token: string; cache: SignatureCache }): Finding {
  const f = signatureCheck.finding;
  const alg = jwt.header.alg;
  if (alg !== "RS256") return f("alg", { params: { alg: String(alg) }, actual: alg ?? null, expected: "RS256" });
  const kid = jwt.header.kid;
  if (typeof kid !== "string" || kid === "") return f("no-kid", { actual: kid ?? null, expected: "a kid from the pool's JWKS" });
  const key = keys(poolId, kid);
  if (!key) return f("unknown-kid", { params: { kid, poolId }, actual: kid, expected: `a kid from ${poolId}'s JWKS` });
  if (cache && cache.cache.get(cache.token)?.key === key) return f("ok", { params: { kid, poolId } });
  if (!verifyRs256(jwt, key)) return f("bad-signature", { params: { kid, poolId }, actual: "signature does not verify", expected: `signed by ${poolId}` });
  cache?.cache.set(cache.token, key, jwt);
  return f("ok", { params: { kid, poolId } });
}
