import { epochSeconds } from "../../../platform/clock.js";
import type { UserRecord } from "../../../store/cognito/records.js";
import { invalidParameter, notAuthorized } from "../../../wire/errors.js";
import { checkAttributes, mergeAttributes } from "../../users/attributes.js";
import { findUser, usernameKey } from "../../users/lookup.js";
import { withPassword } from "../../users/password.js";
import { checkClientWrites } from "../attribute-writes.js";
import { authenticated, missingRequiredAttributes, signInTokens } from "../complete-sign-in.js";
import { mfaChallenge } from "../mfa-challenge.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { invalidSession } from "../sessions.js";
import { unknownUser } from "../user-state.js";
import type { ChallengeHandler } from "./types.js";

const ATTRIBUTE_PREFIX = "userAttributes.";

/**
 * NEW_PASSWORD_REQUIRED: the user signed in with a temporary password and now sets a permanent one, plus any
 * required attributes still missing ("userAttributes.<name>" entries). Success confirms the user and signs in.
 */
export const newPasswordRequired: ChallengeHandler = async (ctx) => {
  const session = ctx.session;
  if (!session) throw invalidSession();
  const typed = requireParameter(ctx.responses, "USERNAME");
  // Answers hash the internal username (USER_ID_FOR_SRP); what the caller typed is accepted too.
  checkSecretHash(ctx.client, ctx.responses.SECRET_HASH, [session.username, typed, session.typedUsername ?? session.username]);
  const newPassword = requireParameter(ctx.responses, "NEW_PASSWORD");
  const key = usernameKey(ctx.pool, session.username);
  const user = ctx.s.cognito.users.get(ctx.pool.Id, key);
  if (!user) throw unknownUser(ctx.client);
  const named = findUser(ctx.s.cognito, ctx.pool, typed);
  if (!named || named.Username !== user.Username) throw notAuthorized("Incorrect username or password.");
  if (!user.Enabled) throw notAuthorized("User is disabled.");
  if (user.UserStatus !== "FORCE_CHANGE_PASSWORD") throw invalidSession();

  // Apps must not echo back email_verified from userAttributes: Cognito refuses it as non-mutable.
  const updates = Object.entries(ctx.responses)
    .filter(([k]) => k.startsWith(ATTRIBUTE_PREFIX))
    .map(([k, Value]) => ({ Name: k.slice(ATTRIBUTE_PREFIX.length), Value }));
  // Required attributes still missing may be set here even when immutable, as at creation.
  checkAttributes(ctx.pool, updates, "create", user.Attributes);
  checkClientWrites(ctx.client, updates);
  const missing = missingRequiredAttributes(ctx.pool, user, Object.fromEntries(updates.map((u) => [u.Name, u.Value])));
  if (missing.length) throw invalidParameter(`Invalid attributes given, ${missing[0]} is missing`);

  const now = epochSeconds(ctx.s.clock);
  const withNew = await withPassword(ctx.pool, user, newPassword, now);
  const next: UserRecord = { ...withNew, Attributes: mergeAttributes(user.Attributes, updates), UserStatus: "CONFIRMED", UserLastModifiedDate: now };
  ctx.s.cognito.users.put(ctx.pool.Id, key, next);
  // The new password completes the first factor; MFA follows as after any sign-in (an MFA-required pool
  // answers MFA_SETUP here, as reported in aws-amplify/amplify-js#6461).
  const mfa = mfaChallenge(ctx, next, session.typedUsername, now);
  if (mfa) return mfa;
  return authenticated(await signInTokens(ctx, next, now, session.typedUsername, "TokenGeneration_NewPasswordChallenge"));
};
