import type { Services } from "../../services.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { notAuthorized } from "../../wire/errors.js";
import { usernameKey } from "../users/lookup.js";

/**
 * Cognito's progressive lockout (Developer Guide, "User sign-in → Lockout behavior for failed sign-in attempts"):
 * after 5 failed attempts the user is locked out for 1 second, and each further failure doubles the lockout
 * (2^(n-5) seconds for n failures) up to about 15 minutes. Attempts during a lockout answer
 * "Password attempts exceeded" and do not count. The counter resets on a successful sign-in after a lockout,
 * or after 15 minutes without any attempt.
 */
const FREE_ATTEMPTS = 5;
const MAX_LOCKOUT_SECONDS = 900;
const QUIET_RESET_SECONDS = 900;

export const passwordAttemptsExceeded = () => notAuthorized("Password attempts exceeded");

function failures(user: UserRecord, now: number): number {
  const n = user.failedSignIns ?? 0;
  const last = user.lastFailedSignIn ?? 0;
  return n > 0 && now - last >= QUIET_RESET_SECONDS ? 0 : n;
}

/** Throws "Password attempts exceeded" while the user is locked out. */
export function assertNotLockedOut(user: UserRecord, now: number): void {
  const n = failures(user, now);
  if (n < FREE_ATTEMPTS) return;
  const lockout = Math.min(2 ** (n - FREE_ATTEMPTS), MAX_LOCKOUT_SECONDS);
  if (now < (user.lastFailedSignIn ?? 0) + lockout) throw passwordAttemptsExceeded();
}

/** Counts a wrong password (or SRP proof) and stores the user. Returns the stored record. */
export function recordFailedSignIn(s: Pick<Services, "cognito">, pool: PoolRecord, user: UserRecord, now: number): UserRecord {
  const fresh = s.cognito.users.get(pool.Id, usernameKey(pool, user.Username)) ?? user;
  const next = { ...fresh, failedSignIns: failures(fresh, now) + 1, lastFailedSignIn: now };
  s.cognito.users.put(pool.Id, usernameKey(pool, user.Username), next);
  return next;
}

/** Clears the failure counter after a proven password. */
export function recordSuccessfulSignIn(s: Pick<Services, "cognito">, pool: PoolRecord, user: UserRecord): UserRecord {
  if (!user.failedSignIns) return user;
  const fresh = s.cognito.users.get(pool.Id, usernameKey(pool, user.Username)) ?? user;
  const next = { ...fresh, failedSignIns: 0 };
  delete next.lastFailedSignIn;
  s.cognito.users.put(pool.Id, usernameKey(pool, user.Username), next);
  return next;
}
