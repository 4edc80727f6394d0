import { invokeHandler } from "../../lambda/invoke-handler.js";
import type { Services } from "../../services.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";

export type TriggerName =
  | "PreSignUp"
  | "PostConfirmation"
  | "PreAuthentication"
  | "PostAuthentication"
  | "PreTokenGeneration"
  | "DefineAuthChallenge"
  | "CreateAuthChallenge"
  | "VerifyAuthChallengeResponse"
  | "UserMigration";

export type TriggerServices = Pick<Services, "lambdas" | "config" | "log">;

/** Cognito waits five seconds for a trigger (Developer Guide, "Customizing user pool workflows with Lambda triggers"). */
const TRIGGER_TIMEOUT_MS = 5000;

/** The function a pool names for a trigger, and the event version it wants (PreTokenGenerationConfig.LambdaVersion). */
export function triggerOf(pool: PoolRecord, name: TriggerName): { arn: string; version: "1" | "2" } | undefined {
  const config = (pool.LambdaConfig ?? {}) as Record<string, unknown>;
  if (name === "PreTokenGeneration") {
    const v2 = config.PreTokenGenerationConfig as { LambdaArn?: unknown; LambdaVersion?: unknown } | undefined;
    if (v2 && typeof v2.LambdaArn === "string") return { arn: v2.LambdaArn, version: v2.LambdaVersion === "V2_0" || v2.LambdaVersion === "V3_0" ? "2" : "1" };
  }
  const arn = config[name];
  return typeof arn === "string" && arn ? { arn, version: "1" } : undefined;
}

/** userAttributes as triggers receive them: strings, with the user's status. */
export function triggerAttributes(user: Pick<UserRecord, "Attributes" | "UserStatus">): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of user.Attributes) out[a.Name] = a.Value ?? "";
  out["cognito:user_status"] = user.UserStatus;
  return out;
}

/**
 * Runs a user pool trigger from its local handler (--lambda) and returns the event it answered with. Failures come
 * back as Cognito reports them: an error thrown by the function is UserLambdaValidationException
 * "<Trigger> failed with error <message>."; an answer that is not the event object is InvalidLambdaResponseException;
 * a function with no local handler, or one that runs past five seconds, is UnexpectedLambdaException.
 */
export async function runTrigger(
  s: TriggerServices,
  pool: PoolRecord,
  name: TriggerName,
  event: { triggerSource: string; userName: string; clientId?: string; request: Record<string, unknown>; response: Record<string, unknown> },
): Promise<Record<string, unknown> | undefined> {
  const trigger = triggerOf(pool, name);
  if (!trigger) return undefined;
  const full = {
    version: trigger.version,
    triggerSource: event.triggerSource,
    region: s.config.region,
    userPoolId: pool.Id,
    userName: event.userName,
    callerContext: { awsSdkVersion: "aws-sdk-unknown-unknown", clientId: event.clientId ?? "CLIENT_ID_NOT_APPLICABLE" },
    request: event.request,
    response: event.response,
  };
  const run = await invokeHandler(s.lambdas, trigger.arn, full, TRIGGER_TIMEOUT_MS);
  if (!run.ok) {
    s.log.warn(`${name} trigger ${trigger.arn}: ${run.message}`);
    if (run.reason === "threw") throw new AwsJsonError("UserLambdaValidationException", `${name} failed with error ${run.message}.`);
    if (run.reason === "timeout")
      throw new AwsJsonError("UnexpectedLambdaException", `${name} invocation failed due to error Socket timeout while invoking Lambda function.`);
    throw new AwsJsonError(
      "UnexpectedLambdaException",
      `${name} invocation failed: ${run.message} (start poolgate with --lambda <function>=<file.js>#<handler>).`,
    );
  }
  const answer = run.result;
  if (!answer || typeof answer !== "object" || Array.isArray(answer)) throw new AwsJsonError("InvalidLambdaResponseException", "Unrecognizable lambda output");
  const response = (answer as { response?: unknown }).response;
  return response && typeof response === "object" ? (response as Record<string, unknown>) : {};
}
