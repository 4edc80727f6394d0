import type { Statement } from "better-sqlite3";
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
  /** Inserts or replaces; `extra` sets additional indexed columns. A new row goes last; a replaced one keeps its place. */
  put(restApiId: string, key: string, value: T, extra: Record<string, string | null> = {}): void {
    const cols = Object.keys(extra);
    this.upsert(cols).run(restApiId, key, ...cols.map((c) => extra[c] ?? null), JSON.stringify(value));
  }
  private readonly upserts = new Map<string, Statement>();
  private upsert(cols: string[]): Statement {
    const id = cols.join(",");
    let stmt = this.upserts.get(id);
    if (!stmt) {
      const names = ["rest_api_id", this.keyColumn, ...cols, "data"];
      const updates = [...cols, "data"].map((c) => `${c} = excluded.${c}`).join(", ");
      stmt = this.db.prepare(
        `INSERT INTO ${this.table} (${names.join(", ")}, seq) VALUES (${names.map(() => "?").join(", ")}, (SELECT COALESCE(MAX(seq), 0) + 1 FROM ${this.table})) ` +
          `ON CONFLICT(rest_api_id, ${this.keyColumn}) DO UPDATE SET ${updates}`,
      );
      this.upserts.set(id, stmt);
    }
    return stmt;
  }
  delete(restApiId: string, key: string): boolean {
    return this.db.prepare(`DELETE FROM ${this.table} WHERE rest_api_id = ? AND ${this.keyColumn} = ?`).run(restApiId, key).changes > 0;
  }
  deleteAll(restApiId: string): void {
    this.db.prepare(`DELETE FROM ${this.table} WHERE rest_api_id = ?`).run(restApiId);
  }
}
