import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations/index.js";

export type Db = Database.Database;

/**
 * Opens the embedded database. WAL + synchronous=NORMAL survives a killed process with every
 * committed transaction intact (only an OS crash could lose the last commits), and keeps writes fast.
 */
export function openDatabase(opts: { dataDir: string; ephemeral: boolean }): Db {
  let db: Db;
  if (opts.ephemeral) {
    db = new Database(":memory:");
  } else {
    mkdirSync(opts.dataDir, { recursive: true });
    db = new Database(join(opts.dataDir, "poolgate.sqlite"));
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
  }
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

/** Applies every migration not yet recorded, each in its own transaction. */
export function migrate(db: Db): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)");
  const done = new Set((db.prepare("SELECT id FROM schema_migrations").all() as { id: string }[]).map((r) => r.id));
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)").run(m.id, Date.now());
    })();
  }
}
