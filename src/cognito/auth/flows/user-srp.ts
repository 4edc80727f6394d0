import { epochSeconds } from "../../../platform/clock.js";
import { preAuthentication } from "../../triggers/authentication.js";
import { findUser } from "../../users/lookup.js";
import { requireFlow } from "../explicit-flows.js";
import { assertNotLockedOut } from "../lockout.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { createSession } from "../sessions.js";
import { parseSrpA } from "../srp/client-public-value.js";
import { encodeSecretBlock, newSecretBlockKey } from "../srp/secret-block.js";
import { type SrpServerState, startPasswordVerifier } from "../srp/server.js";
import { simulatedUser } from "../srp/simulated-user.js";
import type { AuthResponse } from "../types.js";
import { beforePassword, incorrectCredentials, unknownUser } from "../user-state.js";
import type { FlowContext, InitiateFlow } from "./types.js";

/** What a PASSWORD_VERIFIER session keeps in SessionData.extra. */
export interface PasswordVerifierExtra {
  srp: SrpServerState;
  /** Hex key of the SECRET_BLOCK's tag (srp/secret-block.ts). */
  blockKey: string;
  salt: string;
  /** Set for the simulated challenge of an unknown user: no proof can succeed. */
  simulated?: boolean;
}

/**
 * USER_SRP_AUTH (InitiateAuth and AdminInitiateAuth, client needs ALLOW_USER_SRP_AUTH): the first half of
 * SRP-6a. Takes USERNAME and the client's SRP_A, answers the PASSWORD_VERIFIER challenge with the user's
 * SALT, the server value SRP_B, an opaque SECRET_BLOCK and the internal username twice: USER_ID_FOR_SRP,
 * which amazon-cognito-identity-js and Amplify switch to before computing x, and USERNAME, which the .NET
 * extension library reads instead (floci-io/floci#1305 shows both in a real response). No password is checked
 * here; see challenges/password-verifier.ts.
 */
export const userSrpAuth: InitiateFlow = async (ctx) => {
  requireFlow(ctx.client, "ALLOW_USER_SRP_AUTH");
  const typed = requireParameter(ctx.params, "USERNAME");
  const srpA = requireParameter(ctx.params, "SRP_A");
  const user = findUser(ctx.s.cognito, ctx.pool, typed);
  // The hash may use the name as typed or the internal one (aws-sdk-android signs SRP with the latter).
  checkSecretHash(ctx.client, ctx.params.SECRET_HASH, user ? [typed, user.Username] : [typed]);
  // SRP-6a: A mod N = 0 would let a client force the shared secret to 0 without knowing the password.
  const A = parseSrpA(srpA);
  if (A === undefined) throw incorrectCredentials();
  if (!user) {
    if (ctx.client.PreventUserExistenceErrors !== "ENABLED") throw unknownUser(ctx.client);
    const fake = simulatedUser(ctx.pool.Id, typed);
    return challenge(ctx, fake.username, typed, A, fake.salt, fake.verifier, true);
  }
  beforePassword(ctx.client, user);
  assertNotLockedOut(user, ctx.s.clock.now());
  await preAuthentication(ctx.s, ctx.pool, user, ctx.client.ClientId);
  // A user without a password (federated, or created without one) cannot prove one: same answer as a wrong one.
  if (!user.srp) throw incorrectCredentials();
  return challenge(ctx, user.Username, typed, A, user.srp.salt, user.srp.verifier, false);
};

function challenge(ctx: FlowContext, username: string, typed: string, A: bigint, salt: string, verifier: string, simulated: boolean): AuthResponse {
  const blockKey = newSecretBlockKey();
  const srp = startPasswordVerifier(A, verifier);
  const extra: PasswordVerifierExtra = { srp, blockKey, salt, ...(simulated ? { simulated } : {}) };
  const Session = createSession(ctx.s, ctx.client, {
    challengeName: "PASSWORD_VERIFIER",
    poolId: ctx.pool.Id,
    clientId: ctx.client.ClientId,
    username,
    typedUsername: typed,
    startedAt: epochSeconds(ctx.s.clock),
    extra: extra as unknown as Record<string, unknown>,
  });
  return {
    ChallengeName: "PASSWORD_VERIFIER",
    Session,
    ChallengeParameters: {
      SALT: salt,
      SECRET_BLOCK: encodeSecretBlock(Session, blockKey),
      SRP_B: srp.B,
      USERNAME: username,
      USER_ID_FOR_SRP: username,
    },
  };
}
