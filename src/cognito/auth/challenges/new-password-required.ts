import { epochSeconds } from "../../../platform/clock.js";
import type { AttributeType, UserRecord } from "../../../store/cognito/records.js";
import { invalidParameter, notAuthorized } from "../../../wire/errors.js";
import { findUser, usernameKey } from "../../users/lookup.js";
import { withPassword } from "../../users/password.js";
import { authenticated, missingRequiredAttributes, signInTokens } from "../complete-sign-in.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { invalidSession } from "../sessions.js";
import { unknownUser } from "../user-state.js";
import type { ChallengeHandler } from "./types.js";

const ATTRIBUTE_PREFIX = "userAttributes.";
// Verification flags are Cognito's to set; amazon-cognito-identity-js tells apps to delete email_verified from
// the userAttributes it got before answering, because the service refuses it.
const NOT_SETTABLE = new Set(["sub", "email_verified", "phone_number_verified"]);

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

  const updates = attributeAnswers(
    ctx.responses,
    ctx.client.WriteAttributes,
    ctx.pool.SchemaAttributes.map((a) => a.Name),
  );
  const missing = missingRequiredAttributes(ctx.pool, user, updates);
  if (missing.length) throw invalidParameter(`Invalid attributes given, ${missing[0]} is missing`);

  const now = epochSeconds(ctx.s.clock);
  const withNew = await withPassword(ctx.pool, user, newPassword, now);
  const next: UserRecord = { ...withNew, Attributes: merge(user.Attributes, updates), UserStatus: "CONFIRMED", UserLastModifiedDate: now };
  ctx.s.cognito.users.put(ctx.pool.Id, key, next);
  return authenticated(signInTokens(ctx, next, now, session.typedUsername));
};

function attributeAnswers(responses: Record<string, string>, writable: string[] | undefined, schema: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(responses)) {
    if (!k.startsWith(ATTRIBUTE_PREFIX)) continue;
    const name = k.slice(ATTRIBUTE_PREFIX.length);
    if (!schema.includes(name)) throw invalidParameter(`Invalid user attributes: ${name}: Attribute does not exist in the schema.`);
    if (NOT_SETTABLE.has(name) || (writable && writable.length > 0 && !writable.includes(name)))
      throw notAuthorized("A client attempted to write unauthorized attribute");
    out[name] = v;
  }
  return out;
}

function merge(current: AttributeType[], updates: Record<string, string>): AttributeType[] {
  const out = current.map((a) => (a.Name in updates ? { Name: a.Name, Value: updates[a.Name] } : a));
  for (const [Name, Value] of Object.entries(updates)) if (!current.some((a) => a.Name === Name)) out.push({ Name, Value });
  return out;
}
