import type { Db } from "../db.js";

export type TokenUse = "id" | "access";

export interface PoolKeyRow {
  kid: string;
  poolId: string;
  tokenUse: TokenUse;
  privatePem: string;
  publicJwk: Record<string, string>;
}

export class PoolKeyRepo {
  private readonly byPool;
  constructor(private readonly db: Db) {
    this.byPool = db.prepare("SELECT kid, pool_id, token_use, private_pem, public_jwk FROM pool_keys WHERE pool_id = ? ORDER BY rowid");
  }
  insert(k: PoolKeyRow): void {
    this.db
      .prepare("INSERT INTO pool_keys (kid, pool_id, token_use, private_pem, public_jwk) VALUES (?, ?, ?, ?, ?)")
      .run(k.kid, k.poolId, k.tokenUse, k.privatePem, JSON.stringify(k.publicJwk));
  }
  forPool(poolId: string): PoolKeyRow[] {
    return (this.byPool.all(poolId) as { kid: string; pool_id: string; token_use: TokenUse; private_pem: string; public_jwk: string }[]).map((r) => ({
      kid: r.kid,
      poolId: r.pool_id,
      tokenUse: r.token_use,
      privatePem: r.private_pem,
      publicJwk: JSON.parse(r.public_jwk),
    }));
  }
}
