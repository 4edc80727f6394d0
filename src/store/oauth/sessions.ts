import type { Db } from "../db.js";

/**
 * `session`: the hosted UI's 1-hour sign-in cookie. `new-password`: a user in FORCE_CHANGE_PASSWORD who
 * proved the temporary password and must now choose one (a few minutes, single use).
 */
export type HostedUiSessionKind = "session" | "new-password" | "mfa";

export interface HostedUiSessionRow {
  /** SHA-256 of the secret held by the browser; the secret itself is never stored. */
  idHash: string;
  kind: HostedUiSessionKind;
  poolId: string;
  clientId: string | null;
  usernameKey: string;
  authTime: number;
  /** Epoch seconds. */
  expiresAt: number;
}

export class HostedUiSessionRepo {
  constructor(private readonly db: Db) {}
  insert(r: HostedUiSessionRow): void {
    this.db
      .prepare(
        "INSERT INTO hosted_ui_sessions (id_hash, kind, pool_id, client_id, username_key, auth_time, expires_at) VALUES (@idHash, @kind, @poolId, @clientId, @usernameKey, @authTime, @expiresAt)",
      )
      .run(r);
  }
  /** A live row of the kind, or undefined (expired rows are deleted on sight). */
  get(idHash: string, kind: HostedUiSessionKind, nowSeconds: number): HostedUiSessionRow | undefined {
    const r = this.db.prepare("SELECT * FROM hosted_ui_sessions WHERE id_hash = ? AND kind = ?").get(idHash, kind) as Record<string, unknown> | undefined;
    if (!r) return undefined;
    if ((r.expires_at as number) <= nowSeconds) {
      this.delete(idHash);
      return undefined;
    }
    return {
      idHash: r.id_hash as string,
      kind: r.kind as HostedUiSessionKind,
      poolId: r.pool_id as string,
      clientId: (r.client_id as string | null) ?? null,
      usernameKey: r.username_key as string,
      authTime: r.auth_time as number,
      expiresAt: r.expires_at as number,
    };
  }
  delete(idHash: string): void {
    this.db.prepare("DELETE FROM hosted_ui_sessions WHERE id_hash = ?").run(idHash);
  }
  purgeExpired(nowSeconds: number): void {
    this.db.prepare("DELETE FROM hosted_ui_sessions WHERE expires_at <= ?").run(nowSeconds);
  }
}
