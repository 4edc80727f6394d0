import { preAuthentication } from "../triggers/authentication.js";
import { migrateUser } from "../triggers/user-migration.js";
import { findUser } from "../users/lookup.js";
import { completeSignIn } from "./complete-sign-in.js";
import type { FlowContext } from "./flows/types.js";
import { assertNotLockedOut, recordFailedSignIn } from "./lockout.js";
import { requireParameter } from "./parameters.js";
import { verifyAgainstDecoy, verifyPassword } from "./passwords.js";
import { checkSecretHash } from "./secret-hash.js";
import type { AuthResponse } from "./types.js";
import { beforePassword, incorrectCredentials, unknownUser } from "./user-state.js";

/**
 * USERNAME + PASSWORD sent in the clear (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH).
 * SECRET_HASH is computed with the USERNAME exactly as sent (an alias when the user signed in with one).
 */
export async function passwordSignIn(ctx: FlowContext): Promise<AuthResponse> {
  const typed = requireParameter(ctx.params, "USERNAME");
  checkSecretHash(ctx.client, ctx.params.SECRET_HASH, [typed]);
  const password = requireParameter(ctx.params, "PASSWORD");
  const user = findUser(ctx.s.cognito, ctx.pool, typed) ?? (await migrateUser(ctx.s, ctx.pool, ctx.client.ClientId, typed, password, ctx.clientMetadata));
  if (!user) {
    // With PreventUserExistenceErrors the answer must not tell which usernames exist, and neither may its timing.
    if (ctx.client.PreventUserExistenceErrors === "ENABLED") await verifyAgainstDecoy(password);
    throw unknownUser(ctx.client);
  }
  beforePassword(ctx.client, user);
  const nowMs = ctx.s.clock.now();
  assertNotLockedOut(user, nowMs);
  await preAuthentication(ctx.s, ctx.pool, user, ctx.client.ClientId);
  if (!(await verifyPassword(user.passwordHash, password))) {
    recordFailedSignIn(ctx.s, ctx.pool, user, nowMs);
    throw incorrectCredentials();
  }
  return completeSignIn(ctx, user, typed);
}
