import type { Db } from "../db.js";

/** Auth-flow sessions (challenges in progress). Single use: take() deletes. */
export class SessionRepo {
  constructor(private readonly db: Db) {}
  put(id: string, data: unknown, expiresAt: number): void {
    this.db.prepare("INSERT INTO auth_sessions (id, data, expires_at) VALUES (?, ?, ?)").run(id, JSON.stringify(data), expiresAt);
  }
  /** Returns and deletes the session if it exists and has not expired (ms epoch). */
  take<T>(id: string, nowMs: number): T | undefined {
    const row = this.db.prepare("DELETE FROM auth_sessions WHERE id = ? RETURNING data, expires_at").get(id) as
      | { data: string; expires_at: number }
      | undefined;
    if (!row || row.expires_at <= nowMs) return undefined;
    return JSON.parse(row.data) as T;
  }
  purgeExpired(nowMs: number): void {
    this.db.prepare("DELETE FROM auth_sessions WHERE expires_at <= ?").run(nowMs);
  }
  /** Sessions of a deleted pool (the auth flows store `poolId` and `clientId` in the session data). */
  deleteForPool(poolId: string): void {
    this.db.prepare("DELETE FROM auth_sessions WHERE json_extract(data, '$.poolId') = ?").run(poolId);
  }
  /** Sessions of a deleted app client. */
  deleteForClient(clientId: string): void {
    this.db.prepare("DELETE FROM auth_sessions WHERE json_extract(data, '$.clientId') = ?").run(clientId);
  }
}
