import { createHash, createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from "node:crypto";
import { promisify } from "node:util";
import type { PoolKeyRepo, TokenUse } from "../../store/cognito/keys.js";

const generateKeyPairAsync = promisify(generateKeyPair);

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface PoolKeys {
  id: SigningKey;
  access: SigningKey;
  jwks: { keys: Record<string, string>[] };
}

/**
 * Per-pool RSA-2048 keys: one signs ID tokens, another access tokens, as Cognito does (two kids in the JWKS).
 * Generated when the pool is created and stored with it; never shipped in the repository.
 */
export class KeyRing {
  private readonly cache = new Map<string, PoolKeys>();
  constructor(private readonly repo: PoolKeyRepo) {}

  /** Generates the two key pairs of a new pool; the caller stores them in the pool's transaction. */
  static async generate(poolId: string): Promise<{ kid: string; poolId: string; tokenUse: TokenUse; privatePem: string; publicJwk: Record<string, string> }[]> {
    const out = [];
    for (const tokenUse of ["id", "access"] as const) {
      const { privateKey, publicKey } = await generateKeyPairAsync("rsa", { modulusLength: 2048, publicExponent: 0x10001 });
      out.push({ poolId, tokenUse, ...describe(privateKey, publicKey) });
    }
    return out;
  }

  forPool(poolId: string): PoolKeys | undefined {
    const hit = this.cache.get(poolId);
    if (hit) return hit;
    const rows = this.repo.forPool(poolId);
    const id = rows.find((r) => r.tokenUse === "id");
    const access = rows.find((r) => r.tokenUse === "access");
    if (!id || !access) return undefined;
    const load = (r: typeof id): SigningKey => {
      const privateKey = createPrivateKey(r.privatePem);
      return { kid: r.kid, privateKey, publicKey: createPublicKey(privateKey) };
    };
    const keys: PoolKeys = { id: load(id), access: load(access), jwks: { keys: rows.map((r) => r.publicJwk) } };
    this.cache.set(poolId, keys);
    return keys;
  }

  /** The public key of a kid in a pool, if the pool has it. */
  publicKey(poolId: string, kid: string): KeyObject | undefined {
    const k = this.forPool(poolId);
    if (!k) return undefined;
    if (k.id.kid === kid) return k.id.publicKey;
    if (k.access.kid === kid) return k.access.publicKey;
    return undefined;
  }

  forget(poolId: string): void {
    this.cache.delete(poolId);
  }
}

function describe(privateKey: KeyObject, publicKey: KeyObject): { kid: string; privatePem: string; publicJwk: Record<string, string> } {
  // Cognito kids are 44-char standard base64 (a SHA-256-sized value).
  const kid = createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("base64");
  const jwk = publicKey.export({ format: "jwk" }) as { n: string; e: string };
  return {
    kid,
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    // Member order as in Cognito's JWKS.
    publicJwk: { alg: "RS256", e: jwk.e, kid, kty: "RSA", n: jwk.n, use: "sig" },
  };
}
