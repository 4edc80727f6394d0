import { notAuthorized } from "../../../wire/errors.js";
import { signInCodeMismatch, spendSignInCode } from "../../mfa/software-token.js";
import { findUser, usernameKey } from "../../users/lookup.js";
import { authenticated, signInTokens } from "../complete-sign-in.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { invalidSession } from "../sessions.js";
import { unknownUser } from "../user-state.js";
import type { ChallengeHandler } from "./types.js";

/**
 * SOFTWARE_TOKEN_MFA: the code of the user's authenticator app, as SOFTWARE_TOKEN_MFA_CODE with USERNAME (and
 * SECRET_HASH for a client with a secret). A wrong or already used code is CodeMismatchException, which leaves
 * the Session usable for another try within its validity, as AWS does for one-time codes. Tokens carry the
 * auth_time of the password step that opened the challenge.
 */
export const softwareTokenMfa: ChallengeHandler = async (ctx) => {
  const session = ctx.session;
  if (!session) throw invalidSession();
  const typed = requireParameter(ctx.responses, "USERNAME");
  checkSecretHash(ctx.client, ctx.responses.SECRET_HASH, [session.username, typed, session.typedUsername ?? session.username]);
  const code = requireParameter(ctx.responses, "SOFTWARE_TOKEN_MFA_CODE");
  const user = ctx.s.cognito.users.get(ctx.pool.Id, usernameKey(ctx.pool, session.username));
  if (!user) throw unknownUser(ctx.client);
  const named = typed === user.Username ? user : findUser(ctx.s.cognito, ctx.pool, typed);
  if (named?.Username !== user.Username) throw notAuthorized("Incorrect username or password.");
  if (!user.Enabled) throw notAuthorized("User is disabled.");
  // Wrong MFA codes are not counted toward the password lockout: no AWS source says they are.
  const current = spendSignInCode(ctx.s, ctx.pool, user, code);
  if (!current) throw signInCodeMismatch();
  return authenticated(await signInTokens(ctx, current, session.startedAt, session.typedUsername));
};
