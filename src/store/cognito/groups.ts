import type { Db } from "../db.js";
import type { GroupRecord } from "./records.js";

export class GroupRepo {
  constructor(private readonly db: Db) {}
  get(poolId: string, name: string): GroupRecord | undefined {
    const row = this.db.prepare("SELECT data FROM groups WHERE pool_id = ? AND name = ?").get(poolId, name) as { data: string } | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }
  put(g: GroupRecord): void {
    this.db
      .prepare("INSERT INTO groups (pool_id, name, data) VALUES (?, ?, ?) ON CONFLICT(pool_id, name) DO UPDATE SET data = excluded.data")
      .run(g.UserPoolId, g.GroupName, JSON.stringify(g));
  }
  delete(poolId: string, name: string): void {
    this.db.prepare("DELETE FROM groups WHERE pool_id = ? AND name = ?").run(poolId, name);
  }
  list(poolId: string): GroupRecord[] {
    return (this.db.prepare("SELECT data FROM groups WHERE pool_id = ? ORDER BY name").all(poolId) as { data: string }[]).map((r) => JSON.parse(r.data));
  }
  addMember(poolId: string, group: string, usernameKey: string): void {
    this.db.prepare("INSERT OR IGNORE INTO group_members (pool_id, group_name, username_key) VALUES (?, ?, ?)").run(poolId, group, usernameKey);
  }
  removeMember(poolId: string, group: string, usernameKey: string): void {
    this.db.prepare("DELETE FROM group_members WHERE pool_id = ? AND group_name = ? AND username_key = ?").run(poolId, group, usernameKey);
  }
  /** Group records of a user, ordered by precedence (lowest first, unset last) then name. */
  groupsOf(poolId: string, usernameKey: string): GroupRecord[] {
    return (
      this.db
        .prepare(
          "SELECT g.data FROM group_members m JOIN groups g ON g.pool_id = m.pool_id AND g.name = m.group_name WHERE m.pool_id = ? AND m.username_key = ? ORDER BY json_extract(g.data, '$.Precedence') IS NULL, json_extract(g.data, '$.Precedence'), g.name",
        )
        .all(poolId, usernameKey) as { data: string }[]
    ).map((r) => JSON.parse(r.data));
  }
  memberKeys(poolId: string, group: string): string[] {
    return (
      this.db.prepare("SELECT username_key FROM group_members WHERE pool_id = ? AND group_name = ? ORDER BY rowid").all(poolId, group) as {
        username_key: string;
      }[]
    ).map((r) => r.username_key);
  }
}
