import type { CognitoStore } from "../../store/cognito/index.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { attributeValue, mergeAttributes } from "./attributes.js";
import { usernameKey } from "./lookup.js";

/**
 * In a pool with AliasAttributes, a verified email or phone number signs in one user only. When `user` gets a
 * verified alias another user already holds, Cognito refuses with AliasExistsException, unless the caller
 * passes ForceAliasCreation, which moves the alias: the other user's attribute becomes unverified.
 * Returns the other users to store (with their alias released).
 */
export function claimAliases(store: CognitoStore, pool: PoolRecord, user: UserRecord, force: boolean, now: number): UserRecord[] {
  const aliases = pool.AliasAttributes ?? [];
  const released: UserRecord[] = [];
  const me = usernameKey(pool, user.Username);
  for (const [attr, flag] of [
    ["email", "email_verified"],
    ["phone_number", "phone_number_verified"],
  ] as const) {
    const value = attributeValue(user.Attributes, attr);
    if (!aliases.includes(attr) || !value || attributeValue(user.Attributes, flag) !== "true") continue;
    const holders = (attr === "email" ? store.users.byEmail(pool.Id, value) : store.users.byPhone(pool.Id, value)).filter(
      (o) => usernameKey(pool, o.Username) !== me && attributeValue(o.Attributes, flag) === "true",
    );
    if (!holders.length) continue;
    if (!force) throw new AwsJsonError("AliasExistsException", `An account with the given ${attr === "email" ? "email" : "phone number"} already exists.`);
    for (const o of holders) released.push({ ...o, Attributes: mergeAttributes(o.Attributes, [{ Name: flag, Value: "false" }]), UserLastModifiedDate: now });
  }
  return released;
}
