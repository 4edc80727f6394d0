import { customChallenge } from "./custom-challenge.js";
import { mfaSetup } from "./mfa-setup.js";
import { newPasswordRequired } from "./new-password-required.js";
import { passwordVerifier } from "./password-verifier.js";
import { softwareTokenMfa } from "./software-token-mfa.js";
import type { ChallengeHandler } from "./types.js";

export type { ChallengeContext, ChallengeHandler } from "./types.js";

/** The ChallengeNames RespondToAuthChallenge answers, by AWS name. Add a challenge: one file, one line. */
export const CHALLENGES: Record<string, ChallengeHandler> = {
  CUSTOM_CHALLENGE: customChallenge,
  MFA_SETUP: mfaSetup,
  NEW_PASSWORD_REQUIRED: newPasswordRequired,
  PASSWORD_VERIFIER: passwordVerifier,
  SOFTWARE_TOKEN_MFA: softwareTokenMfa,
};
