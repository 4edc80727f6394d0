import type { Db } from "../db.js";

/**
 * One table of JSON records keyed by (rest_api_id, key), kept in insertion order (`seq`) so lists come back
 * in the order things were created, as API Gateway lists do. Updates keep a record's place.
 */
export class ApiScopedRows<T> {
  private readonly getStmt;
  private readonly listStmt;
  constructor(
    private readonly db: Db,
    private readonly table: string,
    private readonly keyColumn: string,
  ) {
    this.getStmt = db.prepare(`SELECT data FROM ${table} WHERE rest_api_id = ? AND ${keyColumn} = ?`);
    this.listStmt = db.prepare(`SELECT data FROM ${table} WHERE rest_api_id = ? ORDER BY seq`);
  }
  get(restApiId: string, key: string): T | undefined {
    const row = this.getStmt.get(restApiId, key) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : undefined;
  }
  list(restApiId: string): T[] {
    return (this.listStmt.all(restApiId) as { data: string }[]).map((r) => JSON.parse(r.data) as T);
  }
  /** Inserts or replaces; `extra` sets additional indexed columns. */
  put(restApiId: string, key: string, value: T, extra: Record<string, string | null> = {}): void {
    const cols = Object.keys(extra);
    const names = ["rest_api_id", this.keyColumn, ...cols, "data", "seq"];
    const updates = [...cols, "data"].map((c) => `${c} = excluded.${c}`).join(", ");
    this.db
      .prepare(
        `INSERT INTO ${this.table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")}) ` +
          `ON CONFLICT(rest_api_id, ${this.keyColumn}) DO UPDATE SET ${updates}`,
      )
      .run(restApiId, key, ...cols.map((c) => extra[c] ?? null), JSON.stringify(value), this.nextSeq());
  }
  delete(restApiId: string, key: string): boolean {
    return this.db.prepare(`DELETE FROM ${this.table} WHERE rest_api_id = ? AND ${this.keyColumn} = ?`).run(restApiId, key).changes > 0;
  }
  deleteAll(restApiId: string): void {
    this.db.prepare(`DELETE FROM ${this.table} WHERE rest_api_id = ?`).run(restApiId);
  }
  private nextSeq(): number {
    return (this.db.prepare(`SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM ${this.table}`).get() as { n: number }).n;
  }
}
