import type { Statement } from "better-sqlite3";
import type { Stage } from "../../shapes/apigateway.js";
import type { Db } from "../db.js";

/**
 * The invoke path reads a stage on every request; reading and parsing its row was the largest single cost of a
 * proxied request. This keeps parsed stages, frozen (readers share them), for reads made outside a transaction.
 *
 * Staying correct: StageRepo forgets a stage whenever it writes or deletes it, and RestApiRepo forgets all of an
 * API's stages when deleting the API cascades to them. Forgetting (not updating) on write means a rolled-back
 * transaction leaves nothing wrong behind, and a read inside a transaction (which may see uncommitted rows) is
 * never kept. Another connection to the same file (a second server on one data directory) commits behind our
 * back, so SQLite's data_version, which changes only on other connections' commits, empties the cache (an
 * in-memory database has no other connection, so it skips that statement).
 */
export class StageCache {
  private readonly entries = new Map<string, Readonly<Stage>>();
  private readonly dataVersion: Statement | undefined;
  private seenVersion: unknown;

  constructor(
    private readonly db: Db,
    private readonly capacity = 1000,
  ) {
    this.dataVersion = db.memory ? undefined : db.prepare("PRAGMA data_version").pluck();
  }

  /** The stage from the cache, else from `read` (kept only when read outside a transaction). */
  get(restApiId: string, name: string, read: () => Stage | undefined): Readonly<Stage> | undefined {
    if (this.db.inTransaction) return read();
    const version = this.dataVersion?.get();
    if (version !== this.seenVersion) {
      this.entries.clear();
      this.seenVersion = version;
    }
    // API ids never contain "/", so the key is unambiguous for any stage name.
    const key = `${restApiId}/${name}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const stage = read();
    if (!stage) return undefined;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    const frozen = deepFreeze(stage);
    this.entries.set(key, frozen);
    return frozen;
  }

  forget(restApiId: string, name: string): void {
    this.entries.delete(`${restApiId}/${name}`);
  }

  forgetApi(restApiId: string): void {
    const prefix = `${restApiId}/`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
