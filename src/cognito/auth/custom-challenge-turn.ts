import type { UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError, notAuthorized } from "../../wire/errors.js";
import { type ChallengeResult, createAuthChallenge, defineAuthChallenge } from "../triggers/auth-challenge.js";
import { authenticated, signInTokens } from "./complete-sign-in.js";
import { createSession } from "./sessions.js";
import type { AuthResponse, AuthScope } from "./types.js";

/** What a CUSTOM_CHALLENGE session keeps for the verify trigger and the next define call. Never returned. */
export interface CustomChallengeExtra {
  history: ChallengeResult[];
  privateChallengeParameters: Record<string, unknown>;
  challengeMetadata?: string;
}

/**
 * One turn of a custom authentication (Developer Guide, "Custom authentication challenge Lambda triggers"): the
 * define trigger, given the challenges answered so far, fails the sign-in ("Incorrect username or password."),
 * issues tokens, or names the next challenge, which the create trigger makes. Only CUSTOM_CHALLENGE can be named:
 * a define answer of SRP_A or PASSWORD_VERIFIER (password first, then custom) is refused as not emulated.
 */
export async function nextCustomStep(
  scope: AuthScope,
  user: UserRecord,
  typedUsername: string,
  history: ChallengeResult[],
  startedAt: number,
): Promise<AuthResponse> {
  const common = { pool: scope.pool, user, clientId: scope.client.ClientId, clientMetadata: scope.clientMetadata };
  const defined = await defineAuthChallenge(scope.s, common, history);
  if (defined.failAuthentication) throw notAuthorized("Incorrect username or password.");
  if (defined.issueTokens) return authenticated(await signInTokens(scope, user, startedAt, typedUsername));
  if (defined.challengeName !== "CUSTOM_CHALLENGE")
    throw new AwsJsonError(
      defined.challengeName ? "UnsupportedOperationException" : "InvalidLambdaResponseException",
      defined.challengeName ? `poolgate does not emulate ${defined.challengeName} within CUSTOM_AUTH` : "Unrecognizable lambda output",
    );
  const created = await createAuthChallenge(scope.s, common, defined.challengeName, history);
  const extra: CustomChallengeExtra = { history, privateChallengeParameters: created.privateChallengeParameters, challengeMetadata: created.challengeMetadata };
  const Session = createSession(scope.s, scope.client, {
    challengeName: "CUSTOM_CHALLENGE",
    poolId: scope.pool.Id,
    clientId: scope.client.ClientId,
    username: user.Username,
    typedUsername,
    startedAt,
    extra: extra as unknown as Record<string, unknown>,
  });
  return { ChallengeName: "CUSTOM_CHALLENGE", Session, ChallengeParameters: { ...created.publicChallengeParameters, USERNAME: user.Username } };
}
