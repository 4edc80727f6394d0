import type { SessionData } from "../sessions.js";
import type { AuthResponse, AuthScope } from "../types.js";

/**
 * One answer to RespondToAuthChallenge/AdminRespondToAuthChallenge. `session` is the consumed Session when the
 * caller sent one (already checked to belong to this client and this ChallengeName); a handler that needs one
 * calls requireSession().
 */
export interface ChallengeContext extends AuthScope {
  challengeName: string;
  session?: SessionData;
  responses: Record<string, string>;
}

export type ChallengeHandler = (ctx: ChallengeContext) => Promise<AuthResponse>;
