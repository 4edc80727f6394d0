import type { Services } from "../../services.js";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { usernameKey } from "../users/lookup.js";
import { createSession, invalidSession, type SessionData } from "./sessions.js";

/** What the MFA_SETUP session remembers between AssociateSoftwareToken, VerifySoftwareToken and the answer. */
export interface MfaSetupExtra {
  /** The secret handed out by AssociateSoftwareToken, not yet proven. */
  secret?: string;
  /** Set by a successful VerifySoftwareToken: the session may now answer MFA_SETUP. */
  verified?: boolean;
}

export interface MfaSetupSession {
  data: SessionData;
  extra: MfaSetupExtra;
  client: ClientRecord;
  pool: PoolRecord;
  user: UserRecord;
}

/**
 * Consumes an MFA_SETUP Session given to AssociateSoftwareToken or VerifySoftwareToken. These operations name no
 * app client, so the client is the one the session was opened for. Any other session, or a spent or expired
 * one, is "Invalid session for the user, session is expired.", as at RespondToAuthChallenge.
 */
export function takeMfaSetupSession(s: Pick<Services, "cognito" | "clock">, id: string): MfaSetupSession {
  const data = s.cognito.sessions.take<SessionData>(id, s.clock.now());
  if (data?.challengeName !== "MFA_SETUP") throw invalidSession();
  const client = s.cognito.clients.get(data.clientId);
  const pool = s.cognito.pools.get(data.poolId);
  const user = pool ? s.cognito.users.get(pool.Id, usernameKey(pool, data.username)) : undefined;
  if (!client || !pool || !user || client.UserPoolId !== pool.Id) throw invalidSession();
  return { data, extra: (data.extra ?? {}) as MfaSetupExtra, client, pool, user };
}

/** The next step's Session: the same sign-in, a fresh validity, the new state. */
export function nextMfaSetupSession(s: Pick<Services, "cognito" | "clock" | "ids">, setup: MfaSetupSession, extra: MfaSetupExtra): string {
  const { expiresAt: _spent, ...data } = setup.data;
  return createSession(s, setup.client, { ...data, extra: { ...extra } });
}
