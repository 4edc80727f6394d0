import type { Db } from "../db.js";
import type { ClientRecord } from "./records.js";

export class ClientRepo {
  private readonly getStmt;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT data FROM clients WHERE id = ?");
  }
  get(id: string): ClientRecord | undefined {
    const row = this.getStmt.get(id) as { data: string } | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }
  put(c: ClientRecord): void {
    this.db
      .prepare("INSERT INTO clients (id, pool_id, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data")
      .run(c.ClientId, c.UserPoolId, JSON.stringify(c));
  }
  delete(id: string): void {
    this.db.prepare("DELETE FROM clients WHERE id = ?").run(id);
  }
  listByPool(poolId: string): ClientRecord[] {
    return (this.db.prepare("SELECT data FROM clients WHERE pool_id = ? ORDER BY rowid").all(poolId) as { data: string }[]).map((r) => JSON.parse(r.data));
  }
}
