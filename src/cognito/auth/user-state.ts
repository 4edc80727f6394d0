import type { ClientRecord, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError, notAuthorized, userNotFound } from "../../wire/errors.js";

export const incorrectCredentials = () => notAuthorized("Incorrect username or password.");

/**
 * The answer for a user that does not exist: UserNotFoundException, or, when the client sets
 * PreventUserExistenceErrors=ENABLED, the same answer as a wrong password so callers cannot probe for users.
 */
export function unknownUser(client: ClientRecord): AwsJsonError {
  return client.PreventUserExistenceErrors === "ENABLED" ? incorrectCredentials() : userNotFound();
}

/**
 * Checks made before the password is looked at: a disabled user, and (for LEGACY clients) an unconfirmed one,
 * which current AWS reports before checking the password. With PreventUserExistenceErrors=ENABLED the
 * unconfirmed state is only revealed to a caller who proved the password (see afterPassword).
 */
export function beforePassword(client: ClientRecord, user: UserRecord): void {
  if (!user.Enabled) throw notAuthorized("User is disabled.");
  if (user.UserStatus === "UNCONFIRMED" && client.PreventUserExistenceErrors !== "ENABLED") throw userNotConfirmed();
}

/** Checks made once the password is proven. */
export function afterPassword(pool: PoolRecord, user: UserRecord, nowSeconds: number): void {
  if (user.UserStatus === "UNCONFIRMED") throw userNotConfirmed();
  if (user.UserStatus === "RESET_REQUIRED") throw new AwsJsonError("PasswordResetRequiredException", "Password reset required for the user");
  if (user.UserStatus === "FORCE_CHANGE_PASSWORD" && temporaryPasswordExpired(pool, user, nowSeconds))
    throw notAuthorized("User account has expired, it must be reset by an administrator.");
}

const userNotConfirmed = () => new AwsJsonError("UserNotConfirmedException", "User is not confirmed.");

/**
 * A temporary password (AdminCreateUser, AdminSetUserPassword Permanent=false) lasts
 * PasswordPolicy.TemporaryPasswordValidityDays (default 7; 0 is treated as the default, like the AWS console).
 */
export function temporaryPasswordExpired(pool: PoolRecord, user: UserRecord, nowSeconds: number): boolean {
  const days = pool.Policies.PasswordPolicy.TemporaryPasswordValidityDays || pool.AdminCreateUserConfig.UnusedAccountValidityDays || 7;
  const setAt = user.passwordSetAt ?? user.UserLastModifiedDate;
  return nowSeconds > setAt + days * 86400;
}
