import type { Db } from "../db.js";
import { attr, type UserRecord } from "./records.js";

/**
 * Users keyed by (pool, username_key); username_key is the lower-cased username unless the pool is
 * case-sensitive. email/phone columns serve alias and username-attribute sign-in.
 */
export class UserRepo {
  private readonly getStmt;
  private readonly putStmt;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT data FROM users WHERE pool_id = ? AND username_key = ?");
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
  put(poolId: string, usernameKey: string, u: UserRecord): void {
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
