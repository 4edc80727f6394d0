import type { CognitoStore } from "../../store/cognito/index.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { userNotFound } from "../../wire/errors.js";

/** Usernames are case-insensitive unless the pool says UsernameConfiguration.CaseSensitive = true. */
export const usernameKey = (pool: PoolRecord, username: string): string => (pool.UsernameConfiguration?.CaseSensitive ? username : username.toLowerCase());

/**
 * Finds a user by what a caller typed: the username, or (for pools with UsernameAttributes or
 * AliasAttributes) a verified email/phone alias, or the sub for username-attribute pools.
 */
export function findUser(store: CognitoStore, pool: PoolRecord, name: string): UserRecord | undefined {
  const direct = store.users.get(pool.Id, usernameKey(pool, name));
  if (direct) return direct;
  const aliases = [...(pool.UsernameAttributes ?? []), ...(pool.AliasAttributes ?? [])];
  if (aliases.includes("email") && name.includes("@")) {
    const hits = store.users.byEmail(pool.Id, name);
    const viaUsernameAttr = pool.UsernameAttributes?.includes("email");
    const u = hits.find((h) => viaUsernameAttr || h.Attributes.some((a) => a.Name === "email_verified" && a.Value === "true"));
    if (u) return u;
  }
  if (aliases.includes("phone_number") && name.startsWith("+")) {
    const hits = store.users.byPhone(pool.Id, name);
    const u = hits.find(
      (h) => pool.UsernameAttributes?.includes("phone_number") || h.Attributes.some((a) => a.Name === "phone_number_verified" && a.Value === "true"),
    );
    if (u) return u;
  }
  if (aliases.includes("preferred_username")) {
    const row = store.db
      .prepare("SELECT data FROM users WHERE pool_id = ? AND json_extract(data, '$.Attributes') LIKE ?")
      .all(pool.Id, `%"preferred_username"%`) as { data: string }[];
    for (const r of row) {
      const u = JSON.parse(r.data) as UserRecord;
      if (u.Attributes.some((a) => a.Name === "preferred_username" && a.Value?.toLowerCase() === name.toLowerCase())) return u;
    }
  }
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user an administrator names in an Admin* operation: the username, an alias, or the user's `sub`
 * (AdminGetUser: "this value must be the sub of a local user" when it is not an alias).
 * UserNotFoundException "User does not exist." otherwise.
 */
export function requireUser(store: CognitoStore, pool: PoolRecord, name: string): UserRecord {
  const u = findUser(store, pool, name) ?? (UUID.test(name) ? store.users.bySub(pool.Id, name.toLowerCase()) : undefined);
  if (!u) throw userNotFound();
  return u;
}
