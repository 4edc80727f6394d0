import type { Db } from "../db.js";
import type { PoolRecord } from "./records.js";

export class PoolRepo {
  private readonly getStmt;
  private readonly existsStmt;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT data FROM user_pools WHERE id = ?");
    this.existsStmt = db.prepare("SELECT 1 FROM user_pools WHERE id = ?");
  }
  get(id: string): PoolRecord | undefined {
    const row = this.getStmt.get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as PoolRecord) : undefined;
  }
  /** Existence without parsing the record (the API Gateway authorizer asks on every request). */
  exists(id: string): boolean {
    return this.existsStmt.get(id) !== undefined;
  }
  put(p: PoolRecord): void {
    this.db.prepare("INSERT INTO user_pools (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data").run(p.Id, JSON.stringify(p));
  }
  delete(id: string): void {
    this.db.prepare("DELETE FROM user_pools WHERE id = ?").run(id);
  }
  list(): PoolRecord[] {
    return (this.db.prepare("SELECT data FROM user_pools ORDER BY rowid").all() as { data: string }[]).map((r) => JSON.parse(r.data));
  }
}
