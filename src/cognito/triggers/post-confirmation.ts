import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { runTrigger, type TriggerServices, triggerAttributes } from "./run-trigger.js";

/**
 * The post confirmation trigger (Developer Guide, "Post confirmation Lambda trigger"), run once the user is
 * confirmed: a failure is the caller's error, but the user stays confirmed [inferred from user reports].
 */
export async function postConfirmation(
  s: TriggerServices,
  pool: PoolRecord,
  user: UserRecord,
  triggerSource: "PostConfirmation_ConfirmSignUp" | "PostConfirmation_ConfirmForgotPassword",
  clientId?: string,
  clientMetadata?: Record<string, string>,
): Promise<void> {
  await runTrigger(s, pool, "PostConfirmation", {
    triggerSource,
    userName: user.Username,
    clientId,
    request: { userAttributes: triggerAttributes(user), clientMetadata: clientMetadata ?? {} },
    response: {},
  });
}
