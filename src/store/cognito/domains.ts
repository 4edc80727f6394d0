import type { Db } from "../db.js";
import type { DomainRecord, ResourceServerRecord } from "./records.js";

export class DomainRepo {
  constructor(private readonly db: Db) {}
  get(domain: string): DomainRecord | undefined {
    const row = this.db.prepare("SELECT data FROM domains WHERE domain = ?").get(domain) as { data: string } | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }
  forPool(poolId: string): DomainRecord | undefined {
    const row = this.db.prepare("SELECT data FROM domains WHERE pool_id = ?").get(poolId) as { data: string } | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }
  put(d: DomainRecord): void {
    this.db
      .prepare("INSERT INTO domains (domain, pool_id, data) VALUES (?, ?, ?) ON CONFLICT(domain) DO UPDATE SET data = excluded.data")
      .run(d.Domain, d.UserPoolId, JSON.stringify(d));
  }
  delete(domain: string): void {
    this.db.prepare("DELETE FROM domains WHERE domain = ?").run(domain);
  }
}

export class ResourceServerRepo {
  constructor(private readonly db: Db) {}
  get(poolId: string, identifier: string): ResourceServerRecord | undefined {
    const row = this.db.prepare("SELECT data FROM resource_servers WHERE pool_id = ? AND identifier = ?").get(poolId, identifier) as
      | { data: string }
      | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }
  put(r: ResourceServerRecord): void {
    this.db
      .prepare("INSERT INTO resource_servers (pool_id, identifier, data) VALUES (?, ?, ?) ON CONFLICT(pool_id, identifier) DO UPDATE SET data = excluded.data")
      .run(r.UserPoolId, r.Identifier, JSON.stringify(r));
  }
  delete(poolId: string, identifier: string): void {
    this.db.prepare("DELETE FROM resource_servers WHERE pool_id = ? AND identifier = ?").run(poolId, identifier);
  }
  list(poolId: string): ResourceServerRecord[] {
    return (this.db.prepare("SELECT data FROM resource_servers WHERE pool_id = ? ORDER BY rowid").all(poolId) as { data: string }[]).map((r) =>
      JSON.parse(r.data),
    );
  }
}
