import type { AttributeType, PoolRecord, SchemaAttribute } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";

/**
 * User attributes checked against the pool schema, with the messages Cognito uses.
 *
 * - Creating a user (SignUp, AdminCreateUser): problems are listed after "Attributes did not conform to the
 *   schema: ", one per line, e.g. "custom:x: Attribute does not exist in the schema." (the message amplify-js
 *   and the Cognito forums quote).
 * - Updating a user (AdminUpdateUserAttributes, UpdateUserAttributes): each problem is prefixed "user." and
 *   ends with a newline, as captured from UpdateUserAttributes responses ("user.update_email: Attribute does
 *   not exist in the schema.\n").
 */
export type AttributeMode = "create" | "update";

// Loose on purpose: Cognito accepts most RFC 5322 local parts; it refuses missing "@" or whitespace.
const EMAIL = /^[^\s@]+@[^\s@]+$/;
// E.164: "+", then up to 15 digits (Cognito refuses spaces, dashes and a missing "+").
const PHONE = /^\+[0-9]{1,15}$/;

export const looksLikeEmail = (v: string): boolean => EMAIL.test(v);
export const looksLikePhone = (v: string): boolean => PHONE.test(v);

const schemaOf = (pool: PoolRecord, name: string): SchemaAttribute | undefined => {
  // Developer-only custom attributes are written as "dev:custom:name".
  const n = name.startsWith("dev:") ? name.slice(4) : name;
  return pool.SchemaAttributes.find((a) => a.Name === n);
};

function fail(mode: AttributeMode, problems: string[]): never {
  if (mode === "create") throw invalidParameter(`Attributes did not conform to the schema: ${problems.join("\n")}`);
  throw invalidParameter(problems.map((p) => `user.${p}\n`).join(""));
}

/**
 * Validates attributes a caller wants to write and returns them normalized (booleans lower-cased, last
 * value wins for a repeated name). `existing` is the user's current attributes (for "update").
 */
export function checkAttributes(pool: PoolRecord, attrs: AttributeType[], mode: AttributeMode, existing: AttributeType[] = []): AttributeType[] {
  const byName = new Map<string, string>();
  for (const a of attrs) byName.set(a.Name, a.Value ?? "");
  const problems: string[] = [];
  for (const [name, value] of byName) {
    const schema = schemaOf(pool, name);
    if (!schema) {
      problems.push(`${name}: Attribute does not exist in the schema.`);
      continue;
    }
    // sub is minted by Cognito; immutable attributes can only be set when the user is created.
    if (name === "sub" || (mode === "update" && schema.Mutable === false)) {
      problems.push(`${name}: Attribute cannot be updated. (changing an immutable attribute)`);
      continue;
    }
    if (schema.AttributeDataType === "Boolean") {
      const v = value.toLowerCase();
      if (v !== "true" && v !== "false") problems.push(`${name}: Attribute value must be 'true' or 'false'.`);
      else byName.set(name, v);
    } else if (schema.AttributeDataType === "Number") {
      if (value !== "" && !/^-?[0-9]+$/.test(value)) problems.push(`${name}: Number must be a valid integer.`);
    }
    const max = schema.StringAttributeConstraints?.MaxLength;
    if (max !== undefined && schema.AttributeDataType === "String" && value.length > Number(max))
      problems.push(`${name}: String must be no longer than ${max} characters.`);
    const min = schema.StringAttributeConstraints?.MinLength;
    if (min !== undefined && schema.AttributeDataType === "String" && value.length > 0 && value.length < Number(min))
      problems.push(`${name}: String must be at least ${min} characters long.`);
  }
  if (problems.length) fail(mode, problems);

  const email = byName.get("email");
  if (email !== undefined && email !== "" && !looksLikeEmail(email)) throw invalidParameter("Invalid email address format.");
  const phone = byName.get("phone_number");
  if (phone !== undefined && phone !== "" && !looksLikePhone(phone)) throw invalidParameter("Invalid phone number format.");

  const has = (n: string) => byName.has(n) || existing.some((a) => a.Name === n);
  if (byName.has("email_verified") && !has("email")) throw invalidParameter("Email is required to verify/un-verify an email");
  if (byName.has("phone_number_verified") && !has("phone_number")) throw invalidParameter("Phone Number is required to verify/un-verify a phone number");

  return [...byName].map(([Name, Value]) => ({ Name, Value }));
}

/** Standard attributes the pool marks Required that are absent (sub is Cognito's own). */
export function missingRequired(pool: PoolRecord, attrs: AttributeType[]): string[] {
  return pool.SchemaAttributes.filter((s) => s.Required && s.Name !== "sub" && !attrs.some((a) => a.Name === s.Name && (a.Value ?? "") !== "")).map(
    (s) => s.Name,
  );
}

/** AWS refuses a new user without every Required attribute. */
export function requireRequired(pool: PoolRecord, attrs: AttributeType[]): void {
  const missing = missingRequired(pool, attrs);
  if (missing.length)
    fail(
      "create",
      missing.map((n) => `${n}: The attribute is required`),
    );
}

/** Sets (replaces or appends) attributes, keeping the existing order. */
export function mergeAttributes(existing: AttributeType[], updates: AttributeType[]): AttributeType[] {
  const out = existing.map((a) => ({ ...a }));
  for (const u of updates) {
    const i = out.findIndex((a) => a.Name === u.Name);
    if (i >= 0) out[i] = { Name: u.Name, Value: u.Value ?? "" };
    else out.push({ Name: u.Name, Value: u.Value ?? "" });
  }
  return out;
}

export const attributeValue = (attrs: AttributeType[], name: string): string | undefined => attrs.find((a) => a.Name === name)?.Value;
