import type { PasswordPolicy, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { hashPassword } from "../auth/passwords.js";
import { makeVerifier } from "../auth/srp/verifier.js";

const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;

/** InvalidPasswordException with AWS's "Password did not conform with policy: ..." wording. */
export function checkPasswordPolicy(policy: PasswordPolicy, password: string): void {
  const fail = (why: string) => new AwsJsonError("InvalidPasswordException", `Password did not conform with policy: ${why}`);
  if (password.length < policy.MinimumLength) throw fail("Password not long enough");
  if (policy.RequireLowercase && !/[a-z]/.test(password)) throw fail("Password must have lowercase characters");
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) throw fail("Password must have uppercase characters");
  if (policy.RequireNumbers && !/[0-9]/.test(password)) throw fail("Password must have numeric characters");
  if (policy.RequireSymbols && !SYMBOLS.test(password)) throw fail("Password must have symbol characters");
}

/**
 * Sets a user's password: checks the pool policy, stores a salted scrypt hash and a fresh SRP salt+verifier
 * (computed with the internal username). Returns the updated record; the caller stores it.
 */
export async function withPassword(pool: PoolRecord, user: UserRecord, password: string, nowSeconds: number): Promise<UserRecord> {
  checkPasswordPolicy(pool.Policies.PasswordPolicy, password);
  return {
    ...user,
    passwordHash: await hashPassword(password),
    srp: makeVerifier(pool.Id, user.Username, password),
    passwordSetAt: nowSeconds,
    failedSignIns: 0,
  };
}
