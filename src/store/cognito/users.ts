import type { Db } from "../db.js";
import { attr, type UserRecord } from "./records.js";

/**
 * Users keyed by (pool, username_key); username_key is the lower-cased username unless the pool is
 * case-sensitive. email/phone columns serve alias and username-attribute sign-in.
 */
export class UserRepo {
  private readonly getStmt;
  private readonly putStmt;
  private readonly hashStmt;
  private readonly retireInvitationsStmt;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT data FROM users WHERE pool_id = ? AND username_key = ?");
    this.hashStmt = db.prepare("SELECT json_extract(data, '$.passwordHash') AS hash FROM users WHERE pool_id = ? AND username_key = ?");
    this.retireInvitationsStmt = db.prepare("UPDATE codes SET used = 1 WHERE pool_id = ? AND username = ? AND purpose = 'INVITATION' AND used = 0");
    this.putStmt = db.prepare(
      `INSERT INTO users (pool_id, username_key, username, sub, email, phone, created_seq, data)
       VALUES (@pool, @key, @username, @sub, @email, @phone, (SELECT COALESCE(MAX(created_seq), 0) + 1 FROM users), @data)
       ON CONFLICT(pool_id, username_key) DO UPDATE SET email = excluded.email, phone = excluded.phone, data = excluded.data`,
    );
  }
  get(poolId: string, usernameKey: string): UserRecord | undefined {
    const row = this.getStmt.get(poolId, usernameKey) as { data: string } | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }
  bySub(poolId: string, sub: string): UserRecord | undefined {
    const row = this.db.prepare("SELECT data FROM users WHERE pool_id = ? AND sub = ?").get(poolId, sub) as { data: string } | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }
  /** Users whose verified-or-not email (lower-cased) equals the value. */
  byEmail(poolId: string, email: string): UserRecord[] {
    return (this.db.prepare("SELECT data FROM users WHERE pool_id = ? AND email = ?").all(poolId, email.toLowerCase()) as { data: string }[]).map((r) =>
      JSON.parse(r.data),
    );
  }
  byPhone(poolId: string, phone: string): UserRecord[] {
    return (this.db.prepare("SELECT data FROM users WHERE pool_id = ? AND phone = ?").all(poolId, phone) as { data: string }[]).map((r) => JSON.parse(r.data));
  }
  /**
   * Writes a user. A new password hash retires the user's unused invitations in the outbox: the temporary password
   * they carry no longer signs in (the user chose a password, or an administrator set or re-sent one), so the outbox
   * shows them used. Here, because every path that changes a password writes the user through this method.
   */
  put(poolId: string, usernameKey: string, u: UserRecord): void {
    this.db.transaction(() => this.write(poolId, usernameKey, u))();
  }

  private write(poolId: string, usernameKey: string, u: UserRecord): void {
    const stored = this.hashStmt.get(poolId, usernameKey) as { hash: string | null } | undefined;
    if (stored && stored.hash !== (u.passwordHash ?? null)) this.retireInvitationsStmt.run(poolId, u.Username);
    this.putStmt.run({
      pool: poolId,
      key: usernameKey,
      username: u.Username,
      sub: attr(u, "sub") ?? "",
      email: attr(u, "email")?.toLowerCase() ?? null,
      phone: attr(u, "phone_number") ?? null,
      data: JSON.stringify(u),
    });
  }
  delete(poolId: string, usernameKey: string): void {
    this.db.prepare("DELETE FROM users WHERE pool_id = ? AND username_key = ?").run(poolId, usernameKey);
  }
  /** In creation order, starting after `afterSeq`; returns the seq of each row for pagination. */
  page(poolId: string, afterSeq: number, limit: number): { seq: number; user: UserRecord }[] {
    return (
      this.db
        .prepare("SELECT created_seq, data FROM users WHERE pool_id = ? AND created_seq > ? ORDER BY created_seq LIMIT ?")
        .all(poolId, afterSeq, limit) as {
        created_seq: number;
        data: string;
      }[]
    ).map((r) => ({ seq: r.created_seq, user: JSON.parse(r.data) }));
  }
  count(poolId: string): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM users WHERE pool_id = ?").get(poolId) as { n: number }).n;
  }
}
