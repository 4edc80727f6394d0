import { MAX_QUOTED_VALUE, truncate } from "./echo.js";
import { AwsJsonError, invalidParameter } from "./errors.js";

/**
 * Declarative input shapes in the terms of the AWS model (required, min/max length, pattern, enum, range),
 * so the errors read exactly like AWS's: "1 validation error detected: Value 'x' at 'userPoolId' failed to
 * satisfy constraint: Member must satisfy regular expression pattern: [\w-]+_[0-9a-zA-Z]+".
 */
export type Field =
  | { kind: "string"; required?: boolean; min?: number; max?: number; pattern?: string; enum?: readonly string[] }
  | { kind: "integer"; required?: boolean; min?: number; max?: number }
  | { kind: "boolean"; required?: boolean }
  | { kind: "list"; required?: boolean; min?: number; max?: number; member?: Field }
  | { kind: "map"; required?: boolean }
  | { kind: "structure"; required?: boolean; members?: Shape }
  | { kind: "any"; required?: boolean };

export type Shape = Record<string, Field>;

export const str = (o: Omit<Extract<Field, { kind: "string" }>, "kind"> = {}): Field => ({ kind: "string", ...o });
export const int = (o: Omit<Extract<Field, { kind: "integer" }>, "kind"> = {}): Field => ({ kind: "integer", ...o });
export const bool = (o: { required?: boolean } = {}): Field => ({ kind: "boolean", ...o });
export const list = (o: Omit<Extract<Field, { kind: "list" }>, "kind"> = {}): Field => ({ kind: "list", ...o });
export const map = (o: { required?: boolean } = {}): Field => ({ kind: "map", ...o });
export const struct = (members?: Shape, o: { required?: boolean } = {}): Field => ({ kind: "structure", members, ...o });
export const any = (o: { required?: boolean } = {}): Field => ({ kind: "any", ...o });

/** Common Cognito model shapes. */
export const Model = {
  UserPoolId: str({ required: true, min: 1, max: 55, pattern: "[\\w-]+_[0-9a-zA-Z]+" }),
  ClientId: str({ required: true, min: 1, max: 128, pattern: "[\\w+]+" }),
  Username: str({ required: true, min: 1, max: 128, pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" }),
  Password: str({ min: 0, max: 256, pattern: "[\\S]+" }),
  GroupName: str({ required: true, min: 1, max: 128, pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" }),
  AccessToken: str({ required: true, pattern: "[A-Za-z0-9-_=.]+" }),
  AttributeList: list({ member: struct({ Name: str({ required: true, min: 1, max: 32 }), Value: str({ max: 2048 }) }) }),
  SecretHash: str({ min: 1, max: 128, pattern: "[\\w+=/]+" }),
  PaginationToken: str({ min: 1, pattern: "[\\S]+" }),
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
// Quoted values are bounded: the message goes back in a header (see echo.ts).
const show = (v: unknown) =>
  v === null || v === undefined ? "null" : `'${truncate(typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)), MAX_QUOTED_VALUE)}'`;

function typeMismatch(path: string, expected: string): AwsJsonError {
  // AWS's JSON deserializer answers wrong types before any constraint is checked.
  return new AwsJsonError("SerializationException", `Expected ${expected} for member '${path}'`);
}

function checkField(f: Field, v: unknown, path: string, problems: string[]): void {
  if (v === undefined || v === null) {
    if (f.required) problems.push(`Value null at '${path}' failed to satisfy constraint: Member must not be null`);
    return;
  }
  switch (f.kind) {
    case "string": {
      if (typeof v !== "string") throw typeMismatch(path, "a string");
      if (f.min !== undefined && v.length < f.min)
        problems.push(`Value ${show(v)} at '${path}' failed to satisfy constraint: Member must have length greater than or equal to ${f.min}`);
      if (f.max !== undefined && v.length > f.max)
        problems.push(`Value ${show(v)} at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${f.max}`);
      if (f.pattern && v.length > 0 && !new RegExp(`^(?:${f.pattern})$`, "u").test(v))
        problems.push(`Value ${show(v)} at '${path}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${f.pattern}`);
      if (f.enum && !f.enum.includes(v))
        problems.push(`Value ${show(v)} at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${f.enum.join(", ")}]`);
      return;
    }
    case "integer":
      if (typeof v !== "number" || !Number.isInteger(v)) throw typeMismatch(path, "an integer");
      if (f.min !== undefined && v < f.min)
        problems.push(`Value '${v}' at '${path}' failed to satisfy constraint: Member must have value greater than or equal to ${f.min}`);
      if (f.max !== undefined && v > f.max)
        problems.push(`Value '${v}' at '${path}' failed to satisfy constraint: Member must have value less than or equal to ${f.max}`);
      return;
    case "boolean":
      if (typeof v !== "boolean") throw typeMismatch(path, "a boolean");
      return;
    case "list":
      if (!Array.isArray(v)) throw typeMismatch(path, "a list");
      if (f.min !== undefined && v.length < f.min)
        problems.push(`Value ${show(v)} at '${path}' failed to satisfy constraint: Member must have length greater than or equal to ${f.min}`);
      if (f.max !== undefined && v.length > f.max)
        problems.push(`Value ${show(v)} at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${f.max}`);
      for (const [i, item] of v.entries()) {
        // Cognito's lists are not sparse: a null item is a wrong type, not an absent one.
        if (item === null) throw typeMismatch(`${path}.${i + 1}.member`, "a non-null value");
        if (f.member) checkField(f.member as Field, item, `${path}.${i + 1}.member`, problems);
      }
      return;
    case "map":
      if (typeof v !== "object" || Array.isArray(v)) throw typeMismatch(path, "a map");
      for (const [k, val] of Object.entries(v as object)) if (typeof val !== "string") throw typeMismatch(`${path}.${k}`, "a string");
      return;
    case "structure":
      if (typeof v !== "object" || Array.isArray(v)) throw typeMismatch(path, "a structure");
      if (f.members) checkShape(f.members, v as Record<string, unknown>, `${path}.`, problems);
      return;
    case "any":
      return;
  }
}

function checkShape(shape: Shape, input: Record<string, unknown>, prefix: string, problems: string[]): void {
  // Own members only: a member named like an Object.prototype property is not "present" by inheritance.
  for (const [name, f] of Object.entries(shape)) checkField(f, Object.hasOwn(input, name) ? input[name] : undefined, `${prefix}${lowerFirst(name)}`, problems);
}

/**
 * Drops members whose value is JSON null, at every depth, in place: the AWS JSON protocols treat a null
 * structure member as one that was not sent (Smithy protocol tests `AwsJson11StructuresDontSerializeNullValues`,
 * smithy-aws-protocol-tests), and operations read absent members as `undefined`. Iterative, so
 * a deeply nested body cannot overflow the stack. Null list items are kept for the shape check to refuse.
 */
export function dropNullMembers(input: unknown): void {
  const stack: unknown[] = [input];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
      continue;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (o[k] === null) delete o[k];
      else stack.push(o[k]);
    }
  }
}

/**
 * Throws AWS's validation error (InvalidParameterException, or SerializationException for wrong types).
 * Null members are dropped from `input` first (see dropNullMembers), so the operation sees them as absent.
 */
export function validate(shape: Shape, input: unknown): void {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new AwsJsonError("SerializationException", "Start of structure or map found where not expected.");
  dropNullMembers(input);
  const problems: string[] = [];
  checkShape(shape, input as Record<string, unknown>, "", problems);
  if (problems.length === 0) return;
  const n = problems.length;
  throw invalidParameter(`${n} validation error${n > 1 ? "s" : ""} detected: ${problems.join("; ")}`);
}
