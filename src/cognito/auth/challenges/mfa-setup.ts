import { notAuthorized } from "../../../wire/errors.js";
import { saveSoftwareToken } from "../../mfa/software-token.js";
import { findUser, usernameKey } from "../../users/lookup.js";
import { authenticated, signInTokens } from "../complete-sign-in.js";
import type { MfaSetupExtra } from "../mfa-setup-session.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { invalidSession } from "../sessions.js";
import { unknownUser } from "../user-state.js";
import type { ChallengeHandler } from "./types.js";

/**
 * MFA_SETUP, answered with the Session VerifySoftwareToken returned once the new authenticator is proven
 * (API reference, ChallengeNameType: "use the session returned by VerifySoftwareToken as an input to
 * RespondToAuthChallenge with challenge name MFA_SETUP to complete sign-in"). The session of the initial
 * challenge, or of AssociateSoftwareToken, cannot complete it. The verified authenticator becomes the user's
 * enabled and preferred MFA, so the next sign-in asks SOFTWARE_TOKEN_MFA (inferred).
 */
export const mfaSetup: ChallengeHandler = async (ctx) => {
  const session = ctx.session;
  if (!session || !(session.extra as MfaSetupExtra | undefined)?.verified) throw invalidSession();
  const typed = requireParameter(ctx.responses, "USERNAME");
  checkSecretHash(ctx.client, ctx.responses.SECRET_HASH, [session.username, typed, session.typedUsername ?? session.username]);
  const user = ctx.s.cognito.users.get(ctx.pool.Id, usernameKey(ctx.pool, session.username));
  if (!user) throw unknownUser(ctx.client);
  const named = typed === user.Username ? user : findUser(ctx.s.cognito, ctx.pool, typed);
  if (named?.Username !== user.Username) throw notAuthorized("Incorrect username or password.");
  if (!user.Enabled) throw notAuthorized("User is disabled.");
  if (!user.softwareToken?.secret) throw invalidSession();
  const current = saveSoftwareToken(ctx.s, ctx.pool, user, { ...user.softwareToken, enabled: true, preferred: true });
  return authenticated(await signInTokens(ctx, current, session.startedAt, session.typedUsername));
};
