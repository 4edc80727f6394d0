import type { Services } from "../../services.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { CHALLENGES } from "./challenges/index.js";
import { INITIATE_FLOWS } from "./flows/index.js";
import { invalidSession, restoreSession, takeSession } from "./sessions.js";
import type { AuthResponse } from "./types.js";

/** The AuthFlow enum of the AWS model, shared by InitiateAuth and AdminInitiateAuth. */
export const AUTH_FLOWS = [
  "USER_SRP_AUTH",
  "REFRESH_TOKEN_AUTH",
  "REFRESH_TOKEN",
  "CUSTOM_AUTH",
  "ADMIN_NO_SRP_AUTH",
  "USER_PASSWORD_AUTH",
  "ADMIN_USER_PASSWORD_AUTH",
  "USER_AUTH",
] as const;

/** The ChallengeNameType enum of the AWS model. */
export const CHALLENGE_NAMES = [
  "SMS_MFA",
  "EMAIL_OTP",
  "SOFTWARE_TOKEN_MFA",
  "SELECT_MFA_TYPE",
  "MFA_SETUP",
  "PASSWORD_VERIFIER",
  "CUSTOM_CHALLENGE",
  "SELECT_CHALLENGE",
  "DEVICE_SRP_AUTH",
  "DEVICE_PASSWORD_VERIFIER",
  "ADMIN_NO_SRP_AUTH",
  "NEW_PASSWORD_REQUIRED",
  "SMS_OTP",
  "PASSWORD",
  "WEB_AUTHN",
  "PASSWORD_SRP",
] as const;

interface Target {
  s: Services;
  pool: PoolRecord;
  client: ClientRecord;
  admin: boolean;
  clientMetadata?: Record<string, string>;
}

/** Runs one AuthFlow from the registry. */
export function initiate(t: Target, flow: string, params: Record<string, string> | undefined): Promise<AuthResponse> {
  const run = INITIATE_FLOWS[flow];
  if (!run) throw new AwsJsonError("UnsupportedOperationException", `poolgate does not implement the ${flow} flow yet`);
  return run({ ...t, params: params ?? {} });
}

/** Runs one challenge answer from the registry, consuming the Session when one was sent. */
export async function respond(
  t: Target,
  challengeName: string,
  sessionId: string | undefined,
  responses: Record<string, string> | undefined,
): Promise<AuthResponse> {
  const handler = CHALLENGES[challengeName];
  if (!handler) throw new AwsJsonError("UnsupportedOperationException", `poolgate does not implement the ${challengeName} challenge yet`);
  const session = sessionId ? takeSession(t.s, t.client, sessionId) : undefined;
  if (session && session.challengeName !== challengeName) throw invalidSession();
  try {
    return await handler({ ...t, challengeName, session, responses: responses ?? {} });
  } catch (e) {
    // A malformed answer leaves the session usable for a corrected one; a refused proof spends it.
    if (session && sessionId && e instanceof AwsJsonError && e.type !== "NotAuthorizedException") restoreSession(t.s, sessionId, session);
    throw e;
  }
}
