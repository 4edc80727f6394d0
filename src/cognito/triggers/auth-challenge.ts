import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { runTrigger, type TriggerServices, triggerAttributes } from "./run-trigger.js";

/** One answered challenge of a custom authentication, as the triggers see the history. */
export interface ChallengeResult {
  challengeName: string;
  challengeResult: boolean;
  challengeMetadata?: string;
}

export interface DefineAnswer {
  challengeName?: string;
  issueTokens: boolean;
  failAuthentication: boolean;
}

export interface CreatedChallenge {
  publicChallengeParameters: Record<string, string>;
  privateChallengeParameters: Record<string, unknown>;
  challengeMetadata?: string;
}

interface Common {
  pool: PoolRecord;
  user: UserRecord;
  clientId: string;
  clientMetadata?: Record<string, string>;
}

const base = (c: Common) => ({ userAttributes: triggerAttributes(c.user), clientMetadata: c.clientMetadata ?? {}, userNotFound: false });
const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The define auth challenge trigger (Developer Guide, "Custom authentication challenge Lambda triggers"): given the
 * challenges answered so far, it names the next one, or issues tokens, or fails the sign-in.
 */
export async function defineAuthChallenge(s: TriggerServices, c: Common, session: ChallengeResult[]): Promise<DefineAnswer> {
  const response = await runTrigger(s, c.pool, "DefineAuthChallenge", {
    triggerSource: "DefineAuthChallenge_Authentication",
    userName: c.user.Username,
    clientId: c.clientId,
    request: { ...base(c), session },
    response: { challengeName: null, issueTokens: false, failAuthentication: false },
  });
  const r = record(response);
  return {
    challengeName: typeof r.challengeName === "string" ? r.challengeName : undefined,
    issueTokens: r.issueTokens === true,
    failAuthentication: r.failAuthentication === true,
  };
}

/** The create auth challenge trigger: the parameters the caller sees, and those only the verify trigger sees. */
export async function createAuthChallenge(s: TriggerServices, c: Common, challengeName: string, session: ChallengeResult[]): Promise<CreatedChallenge> {
  const response = record(
    await runTrigger(s, c.pool, "CreateAuthChallenge", {
      triggerSource: "CreateAuthChallenge_Authentication",
      userName: c.user.Username,
      clientId: c.clientId,
      request: { ...base(c), challengeName, session },
      response: { publicChallengeParameters: {}, privateChallengeParameters: {}, challengeMetadata: null },
    }),
  );
  const publicChallengeParameters = Object.fromEntries(Object.entries(record(response.publicChallengeParameters)).map(([k, v]) => [k, String(v)]));
  return {
    publicChallengeParameters,
    privateChallengeParameters: record(response.privateChallengeParameters),
    challengeMetadata: typeof response.challengeMetadata === "string" ? response.challengeMetadata : undefined,
  };
}

/** The verify auth challenge response trigger: whether the caller's answer is right. */
export async function verifyAuthChallengeResponse(
  s: TriggerServices,
  c: Common,
  privateChallengeParameters: Record<string, unknown>,
  challengeAnswer: string,
): Promise<boolean> {
  const response = await runTrigger(s, c.pool, "VerifyAuthChallengeResponse", {
    triggerSource: "VerifyAuthChallengeResponse_Authentication",
    userName: c.user.Username,
    clientId: c.clientId,
    request: { ...base(c), privateChallengeParameters, challengeAnswer },
    response: { answerCorrect: false },
  });
  return record(response).answerCorrect === true;
}
