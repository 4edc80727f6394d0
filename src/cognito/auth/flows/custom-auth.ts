import { epochSeconds } from "../../../platform/clock.js";
import { AwsJsonError, invalidParameter } from "../../../wire/errors.js";
import { preAuthentication } from "../../triggers/authentication.js";
import { triggerOf } from "../../triggers/run-trigger.js";
import { findUser } from "../../users/lookup.js";
import { nextCustomStep } from "../custom-challenge-turn.js";
import { requireFlow } from "../explicit-flows.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { beforePassword, unknownUser } from "../user-state.js";
import type { InitiateFlow } from "./types.js";

/**
 * CUSTOM_AUTH (InitiateAuth and AdminInitiateAuth): the pool's define/create/verify auth challenge triggers decide
 * the sign-in. Needs ALLOW_CUSTOM_AUTH and a DefineAuthChallenge trigger.
 */
export const customAuth: InitiateFlow = async (ctx) => {
  requireFlow(ctx.client, "ALLOW_CUSTOM_AUTH");
  if (!triggerOf(ctx.pool, "DefineAuthChallenge")) throw invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
  const typed = requireParameter(ctx.params, "USERNAME");
  if (ctx.params.SRP_A) throw new AwsJsonError("UnsupportedOperationException", "poolgate does not emulate CUSTOM_AUTH that starts with SRP_A");
  const user = findUser(ctx.s.cognito, ctx.pool, typed);
  checkSecretHash(ctx.client, ctx.params.SECRET_HASH, user ? [typed, user.Username] : [typed]);
  if (!user) throw unknownUser(ctx.client);
  beforePassword(ctx.client, user);
  await preAuthentication(ctx.s, ctx.pool, user, ctx.client.ClientId);
  return nextCustomStep(ctx, user, typed, [], epochSeconds(ctx.s.clock));
};
