import { createPublicKey, type KeyObject } from "node:crypto";
import { undici } from "../../platform/undici.js";
import { awsIssuer } from "../../urls.js";

/** How long a fetched JWKS is trusted, and how long a failed fetch is remembered before trying again. */
const TTL_MS = 60 * 60 * 1000;
const RETRY_MS = 30 * 1000;
const TIMEOUT_MS = 5000;
const MAX_JWKS_BYTES = 256 * 1024;

interface Entry {
  at: number;
  keys?: Map<string, KeyObject>;
  pending?: Promise<void>;
}

/**
 * JWKS of user pools poolgate does not hold (a real AWS pool, or another poolgate). The URL comes from
 * configuration for the pool named in the authorizer's providerARNs, never from the token being checked, so an
 * unverified token cannot point the gateway at keys of its own choosing.
 */
export class RemoteJwks {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly urlFor: (poolId: string) => string,
    private readonly now: () => number,
  ) {}

  /** Fetches (or refreshes) a pool's JWKS; resolves to whether keys are available. */
  async ensure(poolId: string): Promise<boolean> {
    let e = this.entries.get(poolId);
    const fresh = e && this.now() - e.at < (e.keys ? TTL_MS : RETRY_MS);
    if (!e || !fresh) {
      if (!e?.pending) {
        const entry: Entry = e ?? { at: 0 };
        entry.pending = this.load(poolId).then(
          (keys) => {
            entry.keys = keys;
            entry.at = this.now();
            entry.pending = undefined;
          },
          () => {
            entry.at = this.now();
            entry.pending = undefined;
          },
        );
        this.entries.set(poolId, entry);
        e = entry;
      }
      await e.pending;
    }
    return this.entries.get(poolId)?.keys !== undefined;
  }

  key(poolId: string, kid: string): KeyObject | undefined {
    return this.entries.get(poolId)?.keys?.get(kid);
  }

  has(poolId: string): boolean {
    return this.entries.get(poolId)?.keys !== undefined;
  }

  private async load(poolId: string): Promise<Map<string, KeyObject>> {
    const { request } = await undici();
    const res = await request(this.urlFor(poolId), { method: "GET", headersTimeout: TIMEOUT_MS, bodyTimeout: TIMEOUT_MS });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new Error(`JWKS answered ${res.statusCode}`);
    }
    const text = await res.body.text();
    if (text.length > MAX_JWKS_BYTES) throw new Error("JWKS too large");
    const doc = JSON.parse(text) as { keys?: Record<string, unknown>[] };
    const keys = new Map<string, KeyObject>();
    for (const jwk of doc.keys ?? []) {
      if (jwk.kty !== "RSA" || typeof jwk.kid !== "string" || (jwk.alg !== undefined && jwk.alg !== "RS256")) continue;
      try {
        keys.set(jwk.kid, createPublicKey({ key: { kty: "RSA", n: String(jwk.n), e: String(jwk.e) }, format: "jwk" }));
      } catch {
        // a malformed key is skipped; tokens naming it fail the signature check
      }
    }
    return keys;
  }
}

/** Where a pool's JWKS is fetched from when poolgate does not hold the pool: --jwks, else AWS's URL. */
export function remoteJwksUrl(config: { jwks?: string[] }): (poolId: string) => string {
  const map = new Map<string, string>();
  for (const spec of config.jwks ?? []) {
    const eq = spec.indexOf("=");
    if (eq > 0) map.set(spec.slice(0, eq).trim(), spec.slice(eq + 1).trim());
  }
  return (poolId) => map.get(poolId) ?? `${awsIssuer(poolId)}/.well-known/jwks.json`;
}
