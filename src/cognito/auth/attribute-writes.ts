import type { AttributeType, ClientRecord, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { invalidParameter, notAuthorized } from "../../wire/errors.js";

// Cognito sets the verification flags itself when a user proves a code; an app client cannot.
const VERIFICATION_FLAGS = new Set(["email_verified", "phone_number_verified"]);

/**
 * Checks the attributes a user writes about themself through an app client (UpdateUserAttributes), with
 * AWS's answers: a name outside the schema is "user.<name>: Attribute does not exist in the schema.", sub,
 * the verification flags and immutable attributes that already have a value are "Cannot modify the
 * non-mutable attribute <name>", and a name outside the client's WriteAttributes is NotAuthorizedException
 * "A client attempted to write unauthorized attribute".
 */
export function checkClientWrites(pool: PoolRecord, client: ClientRecord | undefined, user: UserRecord, updates: AttributeType[]): void {
  for (const { Name } of updates) {
    const schema = pool.SchemaAttributes.find((a) => a.Name === Name);
    if (!schema) throw invalidParameter(`user.${Name}: Attribute does not exist in the schema.`);
    if (Name === "sub" || VERIFICATION_FLAGS.has(Name)) throw invalidParameter(`Cannot modify the non-mutable attribute ${Name}`);
    if (schema.Mutable === false && user.Attributes.some((a) => a.Name === Name && a.Value))
      throw invalidParameter(`Cannot modify the non-mutable attribute ${Name}`);
    const writable = client?.WriteAttributes;
    if (writable && writable.length > 0 && !writable.includes(Name)) throw notAuthorized("A client attempted to write unauthorized attribute");
  }
}

/** The user's attributes with updates applied (an empty value removes the attribute, as in AWS). */
export function applyAttributes(current: AttributeType[], updates: AttributeType[]): AttributeType[] {
  const out = current.map((a) => ({ ...a }));
  for (const u of updates) {
    const i = out.findIndex((a) => a.Name === u.Name);
    if (!u.Value) {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) out[i] = { Name: u.Name, Value: u.Value };
    else out.push({ Name: u.Name, Value: u.Value });
  }
  return out;
}
