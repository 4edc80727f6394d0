import { findUser, usernameKey } from "../../users/lookup.js";
import { completeSignIn } from "../complete-sign-in.js";
import type { PasswordVerifierExtra } from "../flows/user-srp.js";
import { assertNotLockedOut, recordFailedSignIn } from "../lockout.js";
import { requireParameter } from "../parameters.js";
import { checkSecretHash } from "../secret-hash.js";
import { invalidSession, type SessionData, takeSession } from "../sessions.js";
import { parseSecretBlock, secretBlockMatches } from "../srp/secret-block.js";
import { verifyPasswordClaim } from "../srp/server.js";
import { parseSrpTimestamp } from "../srp/timestamp.js";
import { poolNameOf } from "../srp/verifier.js";
import { beforePassword, incorrectCredentials } from "../user-state.js";
import type { ChallengeContext, ChallengeHandler } from "./types.js";

/**
 * PASSWORD_VERIFIER: the second half of USER_SRP_AUTH. The client proves it knows the password with
 * PASSWORD_CLAIM_SIGNATURE = HMAC(K, poolName ‖ USER_ID_FOR_SRP ‖ SECRET_BLOCK ‖ TIMESTAMP); poolgate derives K
 * from the state kept at initiate and compares in constant time. Every failure of the proof itself (wrong
 * password, edited secret block, malformed TIMESTAMP, unknown user behind a simulated challenge) is AWS's
 * "Incorrect username or password."; a proven password continues as any sign-in does (NEW_PASSWORD_REQUIRED
 * for a temporary password, tokens otherwise).
 */
export const passwordVerifier: ChallengeHandler = async (ctx) => {
  const r = ctx.responses;
  // Malformed answers are refused before a Session-less answer consumes the session its block names.
  const block = requireParameter(r, "PASSWORD_CLAIM_SECRET_BLOCK");
  const typed = requireParameter(r, "USERNAME");
  const signature = requireParameter(r, "PASSWORD_CLAIM_SIGNATURE");
  const timestamp = requireParameter(r, "TIMESTAMP");
  const session = ctx.session ?? sessionNamedByBlock(ctx, block);
  const extra = session.extra as PasswordVerifierExtra | undefined;
  if (!extra?.srp) throw invalidSession();
  // Challenge answers hash the internal username (USER_ID_FOR_SRP); what the caller typed is accepted too.
  checkSecretHash(ctx.client, r.SECRET_HASH, [session.username, typed, session.typedUsername ?? session.username]);
  if (extra.simulated) throw incorrectCredentials();

  const user = ctx.s.cognito.users.get(ctx.pool.Id, usernameKey(ctx.pool, session.username));
  if (!user) throw incorrectCredentials();
  if (typed !== user.Username && findUser(ctx.s.cognito, ctx.pool, typed)?.Username !== user.Username) throw incorrectCredentials();
  if (!secretBlockMatches(block, extra.blockKey)) throw incorrectCredentials();
  // Cognito refuses a zero-padded day or a wrong weekday (ministackorg/ministack#1758); see srp/timestamp.ts.
  if (parseSrpTimestamp(timestamp) === undefined) throw incorrectCredentials();
  beforePassword(ctx.client, user);
  const nowMs = ctx.s.clock.now();
  assertNotLockedOut(user, nowMs);
  // A password change between the two steps voids the challenge (not counted as a failed attempt).
  if (user.srp?.verifier !== extra.srp.verifier) throw incorrectCredentials();
  const claim = { poolName: poolNameOf(ctx.pool.Id), username: session.username, secretBlock: block, timestamp };
  if (!verifyPasswordClaim(extra.srp, claim, signature)) {
    recordFailedSignIn(ctx.s, ctx.pool, user, nowMs);
    throw incorrectCredentials();
  }
  return completeSignIn(ctx, user, session.typedUsername);
};

/**
 * Clients modelled on pycognito answer PASSWORD_VERIFIER without the Session, which AWS accepts because its
 * SECRET_BLOCK carries the challenge state; poolgate's block names the session instead (srp/secret-block.ts).
 */
function sessionNamedByBlock(ctx: ChallengeContext, block: string): SessionData {
  const parsed = parseSecretBlock(block);
  if (!parsed) throw incorrectCredentials();
  const session = takeSession(ctx.s, ctx.client, parsed.sessionId);
  if (session.challengeName !== ctx.challengeName) throw invalidSession();
  return session;
}
