import type { Services } from "../../services.js";
import type { AttributeType, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { claimAliases } from "./aliases.js";
import { attributeValue, checkAttributes, mergeAttributes } from "./attributes.js";
import { SIGN_UP_CODE_SECONDS, sendCode } from "./codes.js";
import { type Delivery, deliveryTo } from "./delivery.js";
import { usernameKey } from "./lookup.js";
import { saveUser } from "./save.js";

const CONTACTS = [
  ["email", "email_verified"],
  ["phone_number", "phone_number_verified"],
] as const;

/**
 * Applies an attribute update (AdminUpdateUserAttributes, UpdateUserAttributes) in one transaction.
 *
 * A new email or phone number is unverified unless the same request marks it verified; when the pool
 * auto-verifies that attribute, a verification code goes to the new address (purpose VERIFY_ATTRIBUTE).
 * In a pool that signs in by email or phone, the new value must not belong to another user; in an alias
 * pool a verified value must not be another user's verified alias.
 * Returns the stored user and the CodeDeliveryDetails of any code sent.
 */
export function updateAttributes(
  s: Pick<Services, "cognito" | "clock" | "log" | "ids">,
  pool: PoolRecord,
  user: UserRecord,
  requested: AttributeType[],
  now: number,
): { user: UserRecord; deliveries: Delivery[] } {
  const updates = checkAttributes(pool, requested, "update", user.Attributes);
  const implied: AttributeType[] = [];
  const deliveries: Delivery[] = [];
  for (const [name, flag] of CONTACTS) {
    const value = attributeValue(updates, name);
    if (value === undefined || value === attributeValue(user.Attributes, name)) continue;
    if ((pool.UsernameAttributes ?? []).includes(name) && value) {
      const others = (name === "email" ? s.cognito.users.byEmail(pool.Id, value) : s.cognito.users.byPhone(pool.Id, value)).filter(
        (o) => usernameKey(pool, o.Username) !== usernameKey(pool, user.Username),
      );
      if (others.length)
        throw new AwsJsonError("AliasExistsException", `An account with the given ${name === "email" ? "email" : "phone number"} already exists.`);
    }
    if (attributeValue(updates, flag) === undefined) implied.push({ Name: flag, Value: "false" });
    if (value && attributeValue(updates, flag) !== "true" && (pool.AutoVerifiedAttributes ?? []).includes(name)) deliveries.push(deliveryTo(name, value));
  }
  const updated: UserRecord = { ...user, Attributes: mergeAttributes(user.Attributes, [...updates, ...implied]), UserLastModifiedDate: now };
  s.cognito.tx(() => {
    for (const other of claimAliases(s.cognito, pool, updated, false, now)) saveUser(s.cognito, pool, other);
    saveUser(s.cognito, pool, updated);
    for (const d of deliveries) sendCode(s, pool, updated, "VERIFY_ATTRIBUTE", s.ids.confirmationCode(), d, SIGN_UP_CODE_SECONDS);
  });
  return { user: updated, deliveries };
}

/** Removes attributes (AdminDeleteUserAttributes, DeleteUserAttributes); removing email or phone also drops its *_verified flag. */
export function deleteAttributes(pool: PoolRecord, user: UserRecord, names: string[], now: number): UserRecord {
  const problems: string[] = [];
  for (const n of names) {
    const schema = pool.SchemaAttributes.find((a) => a.Name === (n.startsWith("dev:") ? n.slice(4) : n));
    if (!schema) problems.push(`${n}: Attribute does not exist in the schema.`);
    else if (n === "sub" || schema.Mutable === false) problems.push(`${n}: Attribute cannot be updated. (changing an immutable attribute)`);
    else if (schema.Required) problems.push(`${n}: The attribute is required`);
  }
  if (problems.length) throw new AwsJsonError("InvalidParameterException", problems.map((p) => `user.${p}\n`).join(""));
  const drop = new Set(names);
  for (const [name, flag] of CONTACTS) if (drop.has(name)) drop.add(flag);
  return { ...user, Attributes: user.Attributes.filter((a) => !drop.has(a.Name)), UserLastModifiedDate: now };
}
