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
  /** Epoch milliseconds; set by createSession. */
  expiresAt?: number;
}

// AWS's Session is an opaque 20–2048 character string; 96 random bytes make 128 base64url characters.
const SESSION_BYTES = 96;
const DEFAULT_VALIDITY_MINUTES = 3;

export const invalidSession = () => notAuthorized("Invalid session for the user, session is expired.");

/** Stores a single-use session valid for the client's AuthSessionValidity (3–15 minutes, default 3). */
export function createSession(s: Pick<Services, "cognito" | "clock" | "ids">, client: ClientRecord, data: SessionData): string {
  const id = s.ids.opaque(SESSION_BYTES);
  const minutes = client.AuthSessionValidity || DEFAULT_VALIDITY_MINUTES;
  // Sessions nobody answers would pile up; each new one sweeps the expired ones.
  s.cognito.sessions.purgeExpired(s.clock.now());
  const expiresAt = s.clock.now() + minutes * 60_000;
  s.cognito.sessions.put(id, { ...data, expiresAt }, expiresAt);
  return id;
}

/**
 * Consumes a session: once answered it cannot be used again. Expired (AuthSessionValidity passed), replayed,
 * unknown and other clients' sessions all get "Invalid session for the user, session is expired.".
 * (AWS words a replay "Invalid session for the user, session can only be used once." in captures of the
 * EMAIL_OTP flow; poolgate answers both cases with the expiry message.)
 */
export function takeSession(s: Pick<Services, "cognito" | "clock">, client: ClientRecord, id: string | undefined): SessionData {
  if (!id) throw invalidSession();
  const data = s.cognito.sessions.take<SessionData>(id, s.clock.now());
  if (!data || data.clientId !== client.ClientId || data.poolId !== client.UserPoolId) throw invalidSession();
  return data;
}

/**
 * Puts a consumed session back after an answer that was malformed rather than wrong (a weak new password, a
 * missing attribute): the caller may correct it within the session's validity, as AWS lets EMAIL_OTP callers
 * retry after CodeMismatchException. A refused proof (NotAuthorizedException) spends the session.
 */
export function restoreSession(s: Pick<Services, "cognito" | "clock">, id: string, data: SessionData): void {
  const now = s.clock.now();
  if (!data.expiresAt || data.expiresAt <= now) return;
  s.cognito.tx(() => {
    s.cognito.sessions.take(id, now);
    s.cognito.sessions.put(id, data, data.expiresAt as number);
  });
}
