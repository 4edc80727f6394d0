import type { PasswordPolicy, SchemaAttribute } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";
import { STANDARD_SCHEMA } from "./standard-schema.js";

/** Defaults when Policies.PasswordPolicy is omitted: length 8, all four character classes, 7-day temporary passwords. */
export function passwordPolicyFrom(p: Partial<PasswordPolicy> | undefined): PasswordPolicy {
  const out: PasswordPolicy = {
    MinimumLength: p?.MinimumLength ?? 8,
    RequireUppercase: p?.RequireUppercase ?? !p,
    RequireLowercase: p?.RequireLowercase ?? !p,
    RequireNumbers: p?.RequireNumbers ?? !p,
    RequireSymbols: p?.RequireSymbols ?? !p,
    TemporaryPasswordValidityDays: p?.TemporaryPasswordValidityDays ?? 7,
  };
  if (p?.PasswordHistorySize !== undefined) out.PasswordHistorySize = p.PasswordHistorySize;
  if (out.MinimumLength < 6 || out.MinimumLength > 99)
    throw invalidParameter(
      `1 validation error detected: Value '${out.MinimumLength}' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value ${out.MinimumLength < 6 ? "greater than or equal to 6" : "less than or equal to 99"}`,
    );
  return out;
}

// Every standard attribute name, "identities" included (it cannot be a custom attribute either).
const STANDARD_NAMES = new Set(STANDARD_SCHEMA.map((a) => a.Name));

/** Custom attributes from CreateUserPool Schema; standard ones in Schema only change Required/Mutable. */
export function customSchema(schema: Record<string, any>[] | undefined): SchemaAttribute[] {
  return (schema ?? []).filter((a) => !STANDARD_NAMES.has(a.Name)).map(customAttribute);
}

/** One custom attribute (SchemaAttributeType) as the pool stores and describes it: `custom:{Name}`. */
export function customAttribute(a: Record<string, any>): SchemaAttribute {
  if (!a.Name || typeof a.Name !== "string") throw invalidParameter("Schema attribute name is required");
  const type = a.AttributeDataType ?? "String";
  const attr: SchemaAttribute = {
    Name: a.Name.startsWith("custom:") ? a.Name : `custom:${a.Name}`,
    AttributeDataType: type,
    DeveloperOnlyAttribute: a.DeveloperOnlyAttribute ?? false,
    Mutable: a.Mutable ?? true,
    Required: false,
  };
  if (type === "String") attr.StringAttributeConstraints = a.StringAttributeConstraints ?? {};
  if (type === "Number") attr.NumberAttributeConstraints = a.NumberAttributeConstraints ?? {};
  return attr;
}

/** Standard attributes marked Required in the Schema request. */
export function applyRequired(base: SchemaAttribute[], schema: Record<string, any>[] | undefined): void {
  for (const a of schema ?? []) {
    const std = base.find((b) => b.Name === a.Name);
    if (std) {
      if (a.Required !== undefined) std.Required = a.Required;
      if (a.Mutable !== undefined) std.Mutable = a.Mutable;
    }
  }
}
