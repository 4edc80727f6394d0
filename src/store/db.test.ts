import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { DataDirError, openDatabase } from "./db.js";

test("a data directory that cannot hold the database is named in the error, with what to try", () => {
  const dir = mkdtempSync(join(tmpdir(), "poolgate-db-"));
  try {
    // A directory where the database file should be: SQLite can open neither.
    mkdirSync(join(dir, "poolgate.sqlite"));
    assert.throws(
      () => openDatabase({ dataDir: dir, ephemeral: false }),
      (e: unknown) =>
        e instanceof DataDirError && e.message.includes(join(dir, "poolgate.sqlite")) && e.message.includes("--data-dir") && e.message.includes("--ephemeral"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an ordinary data directory opens and migrates", () => {
  const dir = mkdtempSync(join(tmpdir(), "poolgate-db-"));
  try {
    const db = openDatabase({ dataDir: dir, ephemeral: false });
    assert.ok((db.prepare("SELECT count(*) AS n FROM schema_migrations").get() as { n: number }).n > 0);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
