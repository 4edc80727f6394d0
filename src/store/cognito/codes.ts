import type { Db } from "../db.js";

export type CodePurpose = "SIGN_UP" | "FORGOT_PASSWORD" | "VERIFY_ATTRIBUTE" | "INVITATION";

export interface CodeRow {
  id: number;
  poolId: string;
  username: string;
  purpose: CodePurpose;
  code: string;
  destination: string | null;
  medium: string | null;
  createdAt: number;
  expiresAt: number;
  used: boolean;
}

/** The local outbox: codes AWS would e-mail or text, readable at GET /_poolgate/codes. */
export class CodeRepo {
  constructor(private readonly db: Db) {}
  insert(c: Omit<CodeRow, "id" | "used">): void {
    this.db
      .prepare("INSERT INTO codes (pool_id, username, purpose, code, destination, medium, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(c.poolId, c.username, c.purpose, c.code, c.destination, c.medium, c.createdAt, c.expiresAt);
  }
  /** The newest unused code for a user and purpose. */
  latest(poolId: string, username: string, purpose: CodePurpose): CodeRow | undefined {
    const r = this.db
      .prepare("SELECT * FROM codes WHERE pool_id = ? AND username = ? AND purpose = ? AND used = 0 ORDER BY id DESC LIMIT 1")
      .get(poolId, username, purpose);
    return r ? toRow(r as Record<string, unknown>) : undefined;
  }
  /** Voids every unused code of a user (the user was deleted: a later user of that name must not inherit them). */
  voidAll(poolId: string, username: string): void {
    this.db.prepare("UPDATE codes SET used = 1 WHERE pool_id = ? AND username = ? AND used = 0").run(poolId, username);
  }
  markUsed(id: number): void {
    this.db.prepare("UPDATE codes SET used = 1 WHERE id = ?").run(id);
  }
  list(filter: { poolId?: string; username?: string }, limit = 100): CodeRow[] {
    const rows = this.db
      .prepare("SELECT * FROM codes WHERE (@pool IS NULL OR pool_id = @pool) AND (@user IS NULL OR username = @user) ORDER BY id DESC LIMIT @limit")
      .all({ pool: filter.poolId ?? null, user: filter.username ?? null, limit });
    return (rows as Record<string, unknown>[]).map(toRow);
  }
}

function toRow(r: Record<string, unknown>): CodeRow {
  return {
    id: r.id as number,
    poolId: r.pool_id as string,
    username: r.username as string,
    purpose: r.purpose as CodePurpose,
    code: r.code as string,
    destination: (r.destination as string | null) ?? null,
    medium: (r.medium as string | null) ?? null,
    createdAt: r.created_at as number,
    expiresAt: r.expires_at as number,
    used: r.used === 1,
  };
}
