import type { SchemaAttribute } from "../../store/cognito/records.js";

const s = (Name: string, extra: Partial<SchemaAttribute> = {}): SchemaAttribute => ({
  Name,
  AttributeDataType: "String",
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  StringAttributeConstraints: { MinLength: "0", MaxLength: "2048" },
  ...extra,
});

/** The standard attributes every user pool has (DescribeUserPool SchemaAttributes). */
export const STANDARD_SCHEMA: SchemaAttribute[] = [
  s("sub", { Mutable: false, Required: true, StringAttributeConstraints: { MinLength: "1", MaxLength: "2048" } }),
  ...["name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email"].map((n) => s(n)),
  { Name: "email_verified", AttributeDataType: "Boolean", DeveloperOnlyAttribute: false, Mutable: true, Required: false },
  s("gender"),
  s("birthdate", { StringAttributeConstraints: { MinLength: "10", MaxLength: "10" } }),
  s("zoneinfo"),
  s("locale"),
  s("phone_number"),
  { Name: "phone_number_verified", AttributeDataType: "Boolean", DeveloperOnlyAttribute: false, Mutable: true, Required: false },
  s("address"),
  {
    Name: "updated_at",
    AttributeDataType: "Number",
    DeveloperOnlyAttribute: false,
    Mutable: true,
    Required: false,
    NumberAttributeConstraints: { MinValue: "0" },
  },
  s("identities", { Mutable: true }),
];
