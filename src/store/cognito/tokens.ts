import type { Db } from "../db.js";

export interface RefreshTokenRow {
  tokenHash: string;
  poolId: string;
  clientId: string;
  usernameKey: string;
  originJti: string;
  authTime: number;
  /** Space-separated scopes granted (OAuth flows); null for API flows. */
  scope: string | null;
  expiresAt: number;
  revoked: boolean;
  /** Extra claims to carry across refreshes (e.g. nonce is NOT carried; device key is). */
  data: Record<string, unknown> | null;
}

/** Refresh tokens by hash (the token itself is never stored) and revoked token families (origin_jti). */
export class TokenRepo {
  private readonly getStmt;
  private readonly revokedStmt;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT * FROM refresh_tokens WHERE token_hash = ?");
    this.revokedStmt = db.prepare("SELECT 1 FROM revoked_origins WHERE origin_jti = ?");
  }
  insert(r: RefreshTokenRow): void {
    this.db
      .prepare(
        "INSERT INTO refresh_tokens (token_hash, pool_id, client_id, username_key, origin_jti, auth_time, scope, expires_at, revoked, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      )
      .run(
        r.tokenHash,
        r.poolId,
        r.clientId,
        r.usernameKey,
        r.originJti,
        r.authTime,
        r.scope,
        r.expiresAt,
        r.revoked ? 1 : 0,
        r.data ? JSON.stringify(r.data) : null,
      );
  }
  get(tokenHash: string): RefreshTokenRow | undefined {
    const r = this.getStmt.get(tokenHash) as Record<string, unknown> | undefined;
    if (!r) return undefined;
    return {
      tokenHash: r.token_hash as string,
      poolId: r.pool_id as string,
      clientId: r.client_id as string,
      usernameKey: r.username_key as string,
      originJti: r.origin_jti as string,
      authTime: r.auth_time as number,
      scope: (r.scope as string | null) ?? null,
      expiresAt: r.expires_at as number,
      revoked: r.revoked === 1,
      data: r.data ? JSON.parse(r.data as string) : null,
    };
  }
  /** Replaces the extra data of one refresh token (rotation records when it was replaced). */
  setData(tokenHash: string, data: Record<string, unknown> | null): void {
    this.db.prepare("UPDATE refresh_tokens SET data = ? WHERE token_hash = ?").run(data ? JSON.stringify(data) : null, tokenHash);
  }
  /** Revokes one token family: the refresh token and every access/ID token minted from it. */
  revokeOrigin(originJti: string, at: number): void {
    this.db.transaction(() => {
      this.db.prepare("UPDATE refresh_tokens SET revoked = 1 WHERE origin_jti = ?").run(originJti);
      this.db.prepare("INSERT OR IGNORE INTO revoked_origins (origin_jti, revoked_at) VALUES (?, ?)").run(originJti, at);
    })();
  }
  /** GlobalSignOut: every family of the user. */
  revokeUser(poolId: string, usernameKey: string, at: number): void {
    this.db.transaction(() => {
      const origins = this.db
        .prepare("SELECT DISTINCT origin_jti FROM refresh_tokens WHERE pool_id = ? AND username_key = ? AND revoked = 0")
        .all(poolId, usernameKey) as {
        origin_jti: string;
      }[];
      for (const o of origins) this.revokeOrigin(o.origin_jti, at);
    })();
  }
  isOriginRevoked(originJti: string): boolean {
    return this.revokedStmt.get(originJti) !== undefined;
  }
  /** DeleteUserPool: the pool's refresh tokens go with it. */
  deleteForPool(poolId: string): void {
    this.db.prepare("DELETE FROM refresh_tokens WHERE pool_id = ?").run(poolId);
  }
  /** DeleteUserPoolClient: refresh tokens issued to the client can no longer be used. */
  deleteForClient(clientId: string): void {
    this.db.prepare("DELETE FROM refresh_tokens WHERE client_id = ?").run(clientId);
  }
}
