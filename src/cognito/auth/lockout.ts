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
const MAX_LOCKOUT_MS = 900_000;
const QUIET_RESET_MS = 900_000;

export const passwordAttemptsExceeded = () => notAuthorized("Password attempts exceeded");

// Times are in milliseconds: counted in whole seconds, a 1 s lockout ended at the next tick of the clock,
// which could be a millisecond after the fifth failure.
function failures(user: UserRecord, nowMs: number): number {
  const n = user.failedSignIns ?? 0;
  const last = user.lastFailedSignInMs ?? 0;
  return n > 0 && nowMs - last >= QUIET_RESET_MS ? 0 : n;
}

/** Throws "Password attempts exceeded" while the user is locked out. `nowMs` is the clock's milliseconds. */
export function assertNotLockedOut(user: UserRecord, nowMs: number): void {
  const n = failures(user, nowMs);
  if (n < FREE_ATTEMPTS) return;
  const lockout = Math.min(1000 * 2 ** (n - FREE_ATTEMPTS), MAX_LOCKOUT_MS);
  if (nowMs < (user.lastFailedSignInMs ?? 0) + lockout) throw passwordAttemptsExceeded();
}

/** Counts a wrong password (or SRP proof) and stores the user. Returns the stored record. */
export function recordFailedSignIn(s: Pick<Services, "cognito">, pool: PoolRecord, user: UserRecord, nowMs: number): UserRecord {
  const fresh = s.cognito.users.get(pool.Id, usernameKey(pool, user.Username)) ?? user;
  const next = { ...fresh, failedSignIns: failures(fresh, nowMs) + 1, lastFailedSignInMs: nowMs };
  s.cognito.users.put(pool.Id, usernameKey(pool, user.Username), next);
  return next;
}

/** Clears the failure counter after a proven password. */
export function recordSuccessfulSignIn(s: Pick<Services, "cognito">, pool: PoolRecord, user: UserRecord): UserRecord {
  if (!user.failedSignIns) return user;
  const fresh = s.cognito.users.get(pool.Id, usernameKey(pool, user.Username)) ?? user;
  const next = { ...fresh, failedSignIns: 0 };
  delete next.lastFailedSignInMs;
  s.cognito.users.put(pool.Id, usernameKey(pool, user.Username), next);
  return next;
}
