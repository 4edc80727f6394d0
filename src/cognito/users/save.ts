import type { CognitoStore } from "../../store/cognito/index.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { usernameKey } from "./lookup.js";

/** Writes a user under its pool's username key. */
export const saveUser = (store: CognitoStore, pool: PoolRecord, user: UserRecord): void => store.users.put(pool.Id, usernameKey(pool, user.Username), user);

/** A copy of the user with new fields and UserLastModifiedDate moved to `now`. */
export const touched = (user: UserRecord, now: number, changes: Partial<UserRecord>): UserRecord => ({ ...user, ...changes, UserLastModifiedDate: now });
