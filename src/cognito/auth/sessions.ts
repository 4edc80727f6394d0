import type { Services } from "../../services.js";
import type { ClientRecord } from "../../store/cognito/records.js";
import { notAuthorized } from "../../wire/errors.js";

/** What a challenge session remembers between InitiateAuth and RespondToAuthChallenge. */
export interface SessionData {
  /** The challenge this session answers (NEW_PASSWORD_REQUIRED, PASSWORD_VERIFIER, ...). */
  challengeName: string;
  poolId: string;
  clientId: string;
  /** Internal username of the user signing in. */
  username: string;
  /** What the caller typed as USERNAME (an alias or the username), for SECRET_HASH and USERNAME checks. */
  typedUsername?: string;
  /** Epoch seconds of the sign-in the session belongs to. */
  startedAt: number;
  /** Flow-specific state (e.g. SRP's private value b). Never returned to the caller. */
  extra?: Record<string, unknown>;
}

// AWS's Session is an opaque 20–2048 character string; 96 random bytes make 128 base64url characters.
const SESSION_BYTES = 96;
const DEFAULT_VALIDITY_MINUTES = 3;

export const invalidSession = () => notAuthorized("Invalid session for the user, session is expired.");

/** Stores a single-use session valid for the client's AuthSessionValidity (3–15 minutes, default 3). */
export function createSession(s: Pick<Services, "cognito" | "clock" | "ids">, client: ClientRecord, data: SessionData): string {
  const id = s.ids.opaque(SESSION_BYTES);
  const minutes = client.AuthSessionValidity || DEFAULT_VALIDITY_MINUTES;
  s.cognito.sessions.put(id, data, s.clock.now() + minutes * 60_000);
  return id;
}

/**
 * Consumes a session: it can be answered once. Unknown, expired, replayed or another client's session all
 * get AWS's "Invalid session for the user, session is expired.".
 */
export function takeSession(s: Pick<Services, "cognito" | "clock">, client: ClientRecord, id: string | undefined): SessionData {
  if (!id) throw invalidSession();
  const data = s.cognito.sessions.take<SessionData>(id, s.clock.now());
  if (!data || data.clientId !== client.ClientId || data.poolId !== client.UserPoolId) throw invalidSession();
  return data;
}
