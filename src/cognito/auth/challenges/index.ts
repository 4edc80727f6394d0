import { newPasswordRequired } from "./new-password-required.js";
import type { ChallengeHandler } from "./types.js";

export type { ChallengeContext, ChallengeHandler } from "./types.js";

/** The ChallengeNames RespondToAuthChallenge answers, by AWS name. Add a challenge: one file, one line. */
export const CHALLENGES: Record<string, ChallengeHandler> = {
  NEW_PASSWORD_REQUIRED: newPasswordRequired,
};
