import { notAuthorized } from "../../../wire/errors.js";
import { verifyAuthChallengeResponse } from "../../triggers/auth-challenge.js";
import { findUser, usernameKey } from "../../users/lookup.js";
import { type CustomChallengeExtra, nextCustomStep } from "../custom-challenge-turn.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { invalidSession } from "../sessions.js";
import { unknownUser } from "../user-state.js";
import type { ChallengeHandler } from "./types.js";

/**
 * RespondToAuthChallenge CUSTOM_CHALLENGE: the verify trigger judges ANSWER against the private parameters of
 * the challenge, the result joins the history, and the define trigger takes the next turn (a wrong answer is not an
 * error by itself: define decides whether to ask again or fail).
 */
export const customChallenge: ChallengeHandler = async (ctx) => {
  const session = ctx.session;
  const extra = session?.extra as CustomChallengeExtra | undefined;
  if (!session || !extra) throw invalidSession();
  const typed = requireParameter(ctx.responses, "USERNAME");
  checkSecretHash(ctx.client, ctx.responses.SECRET_HASH, [session.username, typed, session.typedUsername ?? session.username]);
  const answer = requireParameter(ctx.responses, "ANSWER");
  const user = ctx.s.cognito.users.get(ctx.pool.Id, usernameKey(ctx.pool, session.username));
  if (!user) throw unknownUser(ctx.client);
  const named = typed === user.Username ? user : findUser(ctx.s.cognito, ctx.pool, typed);
  if (named?.Username !== user.Username) throw notAuthorized("Incorrect username or password.");
  if (!user.Enabled) throw notAuthorized("User is disabled.");
  const correct = await verifyAuthChallengeResponse(
    ctx.s,
    { pool: ctx.pool, user, clientId: ctx.client.ClientId, clientMetadata: ctx.clientMetadata },
    extra.privateChallengeParameters,
    answer,
  );
  const history = [
    ...extra.history,
    { challengeName: "CUSTOM_CHALLENGE", challengeResult: correct, ...(extra.challengeMetadata ? { challengeMetadata: extra.challengeMetadata } : {}) },
  ];
  return nextCustomStep(ctx, user, session.typedUsername ?? typed, history, session.startedAt);
};
