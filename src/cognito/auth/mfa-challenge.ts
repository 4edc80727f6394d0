import type { UserRecord } from "../../store/cognito/records.js";
import { softwareTokenStep } from "../mfa/software-token.js";
import { createSession } from "./sessions.js";
import type { AuthResponse, AuthScope } from "./types.js";

/**
 * The second factor after a proven password, for software tokens (the only factor poolgate emulates):
 * - the pool requires MFA (ON), or it is OPTIONAL and the user turned TOTP on: a user with a verified
 *   authenticator is asked SOFTWARE_TOKEN_MFA;
 * - the pool requires MFA and the user has no authenticator: MFA_SETUP, answered after
 *   AssociateSoftwareToken(Session) and VerifySoftwareToken(Session) (API reference, ChallengeNameType).
 * Otherwise (MFA OFF, OPTIONAL without the user's preference, a pool whose only factor is SMS or email):
 * undefined, and the sign-in ends with tokens as before.
 */
export function mfaChallenge(scope: AuthScope, user: UserRecord, typedUsername: string | undefined, now: number): AuthResponse | undefined {
  const step = softwareTokenStep(scope.pool, user);
  if (!step) return undefined;
  const session = (challengeName: string) =>
    createSession(scope.s, scope.client, {
      challengeName,
      poolId: scope.pool.Id,
      clientId: scope.client.ClientId,
      username: user.Username,
      typedUsername,
      startedAt: now,
    });
  const token = user.softwareToken;
  if (step === "code" && token) {
    // As in the AWS CLI reference's admin-initiate-auth example: the internal username and the device name
    // given to VerifySoftwareToken (left out when none was given).
    const ChallengeParameters: Record<string, string> = { USER_ID_FOR_SRP: user.Username };
    if (token.friendlyDeviceName) ChallengeParameters.FRIENDLY_DEVICE_NAME = token.friendlyDeviceName;
    return { ChallengeName: "SOFTWARE_TOKEN_MFA", Session: session("SOFTWARE_TOKEN_MFA"), ChallengeParameters };
  }
  // MFAS_CAN_SETUP is a JSON list in a string, of the factors the user may set up here.
  return { ChallengeName: "MFA_SETUP", Session: session("MFA_SETUP"), ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(["SOFTWARE_TOKEN_MFA"]) } };
}
