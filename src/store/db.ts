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
  if (opts.ephemeral) return prepare(new Database(":memory:"));
  const file = join(opts.dataDir, "poolgate.sqlite");
  try {
    mkdirSync(opts.dataDir, { recursive: true });
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    return prepare(db);
  } catch (e) {
    throw new DataDirError(file, e as Error);
  }
}

/**
 * The data directory could not be used. SQLite's own messages ("attempt to write a readonly database", "unable to
 * open database file") do not say which file: this one does, and what to try.
 */
export class DataDirError extends Error {
  constructor(
    readonly file: string,
    readonly causeError: Error,
  ) {
    super(
      `cannot use the database ${file}: ${causeError.message}. Check that the directory and the file are writable by this user, or choose another with --data-dir (or --ephemeral to keep state in memory).`,
    );
  }
}

function prepare(db: Db): Db {
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
