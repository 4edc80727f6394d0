import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { AttributeType, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { checkAttributes, mergeAttributes } from "../users/attributes.js";
import { assertAvailable, newUserRecord, resolveUsername } from "../users/create.js";
import { withPassword } from "../users/password.js";
import { saveUser } from "../users/save.js";
import { runTrigger, triggerOf } from "./run-trigger.js";

/**
 * The user migration trigger (Developer Guide, "Migrate user Lambda trigger"): a password sign-in for a username
 * the pool does not have asks the function, with the password, for the user from the old system. Its answer's
 * userAttributes and finalUserStatus (CONFIRMED by default, or RESET_REQUIRED) create the user, with that password,
 * and the sign-in goes on. An error from the function is the caller's error (UserLambdaValidationException).
 * Returns undefined when the pool has no such trigger. SRP sign-ins cannot migrate users (the password never
 * reaches Cognito), as on AWS; the forgot-password migration is not emulated.
 */
export async function migrateUser(
  s: Pick<Services, "lambdas" | "config" | "log" | "cognito" | "ids" | "clock">,
  pool: PoolRecord,
  clientId: string,
  typedUsername: string,
  password: string,
  clientMetadata?: Record<string, string>,
): Promise<UserRecord | undefined> {
  if (!triggerOf(pool, "UserMigration")) return undefined;
  const response = await runTrigger(s, pool, "UserMigration", {
    triggerSource: "UserMigration_Authentication",
    userName: typedUsername,
    clientId,
    request: { password, validationData: null, clientMetadata: clientMetadata ?? {} },
    response: { userAttributes: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null, forceAliasCreation: null },
  });
  if (!response) return undefined;
  const given: AttributeType[] = Object.entries((response.userAttributes ?? {}) as Record<string, unknown>)
    .filter(([name]) => name !== "sub" && name !== "username")
    .map(([Name, v]) => ({ Name, Value: String(v) }));
  const attrs = checkAttributes(pool, given, "create");
  const sub = s.ids.uuid();
  const { username, implied } = resolveUsername(pool, typedUsername, sub);
  const all = mergeAttributes(attrs, implied);
  assertAvailable(s.cognito, pool, "AdminCreateUser", username, all);
  const now = epochSeconds(s.clock);
  const status = response.finalUserStatus === "RESET_REQUIRED" ? "RESET_REQUIRED" : "CONFIRMED";
  const user = await withPassword(pool, newUserRecord({ username, sub, attributes: all, status, now }), password, now);
  s.cognito.tx(() => {
    assertAvailable(s.cognito, pool, "AdminCreateUser", username, all);
    saveUser(s.cognito, pool, user);
  });
  s.log.info("user migrated", { userPoolId: pool.Id, username });
  return user;
}
