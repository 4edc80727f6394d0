import { epochSeconds } from "../../platform/clock.js";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { verifyPassword } from "../auth/passwords.js";
import { findUser, usernameKey } from "../users/lookup.js";
import type { HostedUiContext } from "./context.js";

export type SignInResult =
  | { kind: "signed-in"; user: UserRecord }
  | { kind: "new-password-required"; user: UserRecord }
  | { kind: "unconfirmed"; user: UserRecord }
  | { kind: "refused"; message: string };

/**
 * Cognito locks a user out after five failed sign-ins in a row, for a time that doubles with each further
 * failure from one second up to about fifteen minutes (DG "User account lockout"); while locked, even the
 * right password gets "Password attempts exceeded".
 */
export const LOCKOUT_AFTER = 5;
const LOCKOUT_MAX_SECONDS = 900;
export const lockoutSeconds = (failures: number): number => (failures < LOCKOUT_AFTER ? 0 : Math.min(2 ** (failures - LOCKOUT_AFTER), LOCKOUT_MAX_SECONDS));

/** The hosted UI's username/password sign-in, with the API's messages (NotAuthorizedException texts). */
export async function signInWithPassword(
  ctx: HostedUiContext,
  pool: PoolRecord,
  client: ClientRecord,
  username: string,
  password: string,
): Promise<SignInResult> {
  const store = ctx.s.cognito;
  const now = epochSeconds(ctx.s.clock);
  const hideExistence = client.PreventUserExistenceErrors === "ENABLED";
  const user = username ? findUser(store, pool, username) : undefined;
  if (!user) return { kind: "refused", message: hideExistence ? "Incorrect username or password." : "User does not exist." };
  const failures = user.failedSignIns ?? 0;
  if (failures >= LOCKOUT_AFTER && now < (user.lastFailedSignIn ?? 0) + lockoutSeconds(failures))
    return { kind: "refused", message: "Password attempts exceeded" };
  const key = usernameKey(pool, user.Username);
  if (!(await verifyPassword(user.passwordHash, password))) {
    store.users.put(pool.Id, key, { ...user, failedSignIns: failures + 1, lastFailedSignIn: now });
    return { kind: "refused", message: failures + 1 > LOCKOUT_AFTER ? "Password attempts exceeded" : "Incorrect username or password." };
  }
  if (!user.Enabled) return { kind: "refused", message: "User is disabled." };
  const fresh = failures > 0 ? { ...user, failedSignIns: 0 } : user;
  if (failures > 0) store.users.put(pool.Id, key, fresh);
  switch (user.UserStatus) {
    case "CONFIRMED":
      return { kind: "signed-in", user: fresh };
    case "FORCE_CHANGE_PASSWORD": {
      const validDays = pool.Policies.PasswordPolicy.TemporaryPasswordValidityDays;
      if (user.passwordSetAt !== undefined && now > user.passwordSetAt + validDays * 86400)
        return { kind: "refused", message: "Temporary password has expired and must be reset by an administrator." };
      return { kind: "new-password-required", user: fresh };
    }
    case "UNCONFIRMED":
      return { kind: "unconfirmed", user: fresh };
    case "RESET_REQUIRED":
      return { kind: "refused", message: "Password reset required for the user" };
    default:
      return { kind: "refused", message: "Incorrect username or password." };
  }
}
