import { epochSeconds } from "../../platform/clock.js";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { assertNotLockedOut, recordFailedSignIn, recordSuccessfulSignIn } from "../auth/lockout.js";
import { verifyAgainstDecoy, verifyPassword } from "../auth/passwords.js";
import { afterPassword, beforePassword, incorrectCredentials, unknownUser } from "../auth/user-state.js";
import { softwareTokenStep } from "../mfa/software-token.js";
import { postAuthentication, preAuthentication } from "../triggers/authentication.js";
import { findUser } from "../users/lookup.js";
import type { HostedUiContext } from "./context.js";

export type SignInResult =
  | { kind: "signed-in"; user: UserRecord }
  | { kind: "new-password-required"; user: UserRecord }
  | { kind: "mfa-required"; user: UserRecord }
  | { kind: "mfa-setup-required"; user: UserRecord }
  | { kind: "unconfirmed"; username: string }
  | { kind: "refused"; message: string };

/**
 * The hosted UI's username/password sign-in: the same user-state checks, progressive lockout ("Password
 * attempts exceeded") and messages as the API's USER_PASSWORD_AUTH, reported on the page instead of as JSON.
 */
export async function signInWithPassword(
  ctx: HostedUiContext,
  pool: PoolRecord,
  client: ClientRecord,
  username: string,
  password: string,
): Promise<SignInResult> {
  const now = epochSeconds(ctx.s.clock);
  const user = username ? findUser(ctx.s.cognito, pool, username) : undefined;
  try {
    if (!user) {
      // The form always answers "Incorrect username or password."; its timing must not tell either.
      await verifyAgainstDecoy(password);
      throw unknownUser(client);
    }
    beforePassword(client, user);
    assertNotLockedOut(user, ctx.s.clock.now());
    await preAuthentication(ctx.s, pool, user, client.ClientId);
    if (!(await verifyPassword(user.passwordHash, password))) {
      recordFailedSignIn(ctx.s, pool, user, ctx.s.clock.now());
      throw incorrectCredentials();
    }
    afterPassword(pool, user, now);
    const current = recordSuccessfulSignIn(ctx.s, pool, user);
    if (current.UserStatus === "FORCE_CHANGE_PASSWORD") return { kind: "new-password-required", user: current };
    if (current.UserStatus !== "CONFIRMED") throw incorrectCredentials();
    const mfa = softwareTokenStep(pool, current);
    if (mfa === "code") return { kind: "mfa-required", user: current };
    if (mfa === "setup") return { kind: "mfa-setup-required", user: current };
    await postAuthentication(ctx.s, pool, current, client.ClientId);
    return { kind: "signed-in", user: current };
  } catch (e) {
    if (!(e instanceof AwsJsonError)) throw e;
    if (e.type === "UserNotConfirmedException") return { kind: "unconfirmed", username: user?.Username ?? username };
    return { kind: "refused", message: e.message };
  }
}
