import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import type { TokenServices, TokenSet } from "../tokens/issue.js";
import { postAuthentication } from "../triggers/authentication.js";
import { issueTokensAfterTrigger, type TokenTriggerSource } from "../triggers/pre-token-generation.js";
import type { TriggerServices } from "../triggers/run-trigger.js";
import { recordSuccessfulSignIn } from "./lockout.js";
import { mfaChallenge } from "./mfa-challenge.js";
import { createSession } from "./sessions.js";
import type { AuthResponse, AuthScope } from "./types.js";
import { afterPassword } from "./user-state.js";

export const tokenServices = (s: Services): TokenServices & TriggerServices => ({
  store: s.cognito,
  keys: s.keys,
  clock: s.clock,
  urls: s.urls,
  lambdas: s.lambdas,
  config: s.config,
  log: s.log,
});

/** Tokens for a completed sign-in through the API flows: scope aws.cognito.signin.user.admin and a refresh token. */
export async function signInTokens(
  scope: AuthScope,
  user: UserRecord,
  authTime?: number,
  typedUsername?: string,
  source: TokenTriggerSource = "TokenGeneration_Authentication",
): Promise<TokenSet> {
  const refreshData = typedUsername && typedUsername !== user.Username ? { typedUsername } : undefined;
  await postAuthentication(scope.s, scope.pool, user, scope.client.ClientId);
  return issueTokensAfterTrigger(
    tokenServices(scope.s),
    { pool: scope.pool, client: scope.client, user, authTime, withRefreshToken: true, refreshData },
    source,
  );
}

/** The response that ends an API sign-in: tokens, with the empty ChallengeParameters AWS includes, and no Session. */
export const authenticated = (tokens: TokenSet): AuthResponse => ({ ChallengeParameters: {}, AuthenticationResult: tokens });

/**
 * What follows a proven password (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, SRP's PASSWORD_VERIFIER):
 * the post-password state checks, then the NEW_PASSWORD_REQUIRED challenge for a user still on a temporary
 * password, the software-token MFA challenge (SOFTWARE_TOKEN_MFA or MFA_SETUP) where the pool asks for one,
 * or tokens.
 */
export async function completeSignIn(scope: AuthScope, user: UserRecord, typedUsername?: string): Promise<AuthResponse> {
  const now = epochSeconds(scope.s.clock);
  afterPassword(scope.pool, user, now);
  const current = recordSuccessfulSignIn(scope.s, scope.pool, user);
  if (current.UserStatus === "FORCE_CHANGE_PASSWORD") return newPasswordChallenge(scope, current, typedUsername, now);
  const mfa = mfaChallenge(scope, current, typedUsername, now);
  if (mfa) return mfa;
  return authenticated(await signInTokens(scope, current, now, typedUsername));
}

/**
 * NEW_PASSWORD_REQUIRED as AWS sends it: ChallengeParameters are strings, two of them JSON-encoded
 * (amazon-cognito-identity-js parses them): `requiredAttributes` lists required schema attributes the user
 * lacks as "userAttributes.<name>", `userAttributes` the user's current attributes (without sub).
 */
function newPasswordChallenge(scope: AuthScope, user: UserRecord, typedUsername: string | undefined, now: number): AuthResponse {
  const Session = createSession(scope.s, scope.client, {
    challengeName: "NEW_PASSWORD_REQUIRED",
    poolId: scope.pool.Id,
    clientId: scope.client.ClientId,
    username: user.Username,
    typedUsername,
    startedAt: now,
  });
  return {
    ChallengeName: "NEW_PASSWORD_REQUIRED",
    Session,
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.Username,
      requiredAttributes: JSON.stringify(missingRequiredAttributes(scope.pool, user).map((n) => `userAttributes.${n}`)),
      userAttributes: JSON.stringify(Object.fromEntries(user.Attributes.filter((a) => a.Name !== "sub").map((a) => [a.Name, a.Value ?? ""]))),
    },
  };
}

/** Required schema attributes the user has no value for. */
export function missingRequiredAttributes(pool: PoolRecord, user: UserRecord, extra: Record<string, string> = {}): string[] {
  return pool.SchemaAttributes.filter((a) => a.Required && a.Name !== "sub")
    .map((a) => a.Name)
    .filter((n) => !(extra[n] ?? user.Attributes.find((a) => a.Name === n)?.Value));
}
