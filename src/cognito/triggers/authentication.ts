import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { runTrigger, type TriggerServices, triggerAttributes } from "./run-trigger.js";

/**
 * The pre authentication trigger (Developer Guide, "Pre authentication Lambda trigger"): runs once the user is
 * found and before the password is checked; an error refuses the sign-in. Only password and SRP sign-ins run it,
 * not refreshes.
 */
export async function preAuthentication(s: TriggerServices, pool: PoolRecord, user: UserRecord, clientId: string): Promise<void> {
  await runTrigger(s, pool, "PreAuthentication", {
    triggerSource: "PreAuthentication_Authentication",
    userName: user.Username,
    clientId,
    request: { userAttributes: triggerAttributes(user), validationData: null, userNotFound: false },
    response: {},
  });
}

/** The post authentication trigger: runs after a successful sign-in, before the tokens are returned; an error refuses it. */
export async function postAuthentication(s: TriggerServices, pool: PoolRecord, user: UserRecord, clientId: string): Promise<void> {
  await runTrigger(s, pool, "PostAuthentication", {
    triggerSource: "PostAuthentication_Authentication",
    userName: user.Username,
    clientId,
    request: { userAttributes: triggerAttributes(user), newDeviceUsed: false, clientMetadata: {} },
    response: {},
  });
}
