import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PoolRecord } from "../../store/cognito/records.js";
import { STANDARD_SCHEMA } from "../pools/standard-schema.js";
import { checkAttributes, mergeAttributes, requireRequired } from "./attributes.js";

const pool = {
  Id: "us-east-1_test12345",
  SchemaAttributes: [
    ...STANDARD_SCHEMA.map((a) => (a.Name === "given_name" ? { ...a, Required: true } : a)),
    { Name: "custom:tier", AttributeDataType: "String", Mutable: true, StringAttributeConstraints: { MaxLength: "5" } },
    { Name: "custom:badge", AttributeDataType: "String", Mutable: false },
    { Name: "custom:age", AttributeDataType: "Number", Mutable: true },
  ],
} as unknown as PoolRecord;

describe("checkAttributes", () => {
  const refused: [string, { Name: string; Value: string }[], "create" | "update", string][] = [
    [
      "unknown, on create",
      [{ Name: "custom:nope", Value: "x" }],
      "create",
      "Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema.",
    ],
    ["unknown, on update", [{ Name: "update_email", Value: "x" }], "update", "user.update_email: Attribute does not exist in the schema.\n"],
    [
      "immutable, on update",
      [{ Name: "custom:badge", Value: "x" }],
      "update",
      "user.custom:badge: Attribute cannot be updated. (changing an immutable attribute)\n",
    ],
    [
      "sub, on create",
      [{ Name: "sub", Value: "x" }],
      "create",
      "Attributes did not conform to the schema: sub: Attribute cannot be updated. (changing an immutable attribute)",
    ],
    ["bad email", [{ Name: "email", Value: "a b@c" }], "create", "Invalid email address format."],
    ["bad phone", [{ Name: "phone_number", Value: "0044 1234" }], "create", "Invalid phone number format."],
    ["verified flag without email", [{ Name: "email_verified", Value: "true" }], "create", "Email is required to verify/un-verify an email"],
    [
      "verified flag without phone",
      [{ Name: "phone_number_verified", Value: "true" }],
      "create",
      "Phone Number is required to verify/un-verify a phone number",
    ],
    [
      "custom value too long",
      [{ Name: "custom:tier", Value: "platinum" }],
      "create",
      "Attributes did not conform to the schema: custom:tier: String must be no longer than 5 characters.",
    ],
  ];
  for (const [title, attrs, mode, message] of refused)
    it(`refuses ${title}`, () => {
      assert.throws(
        () => checkAttributes(pool, attrs, mode),
        (e: Error) => e.name === "InvalidParameterException" && e.message === message,
      );
    });

  it("accepts immutable attributes when creating, and normalizes booleans", () => {
    const out = checkAttributes(
      pool,
      [
        { Name: "custom:badge", Value: "B1" },
        { Name: "email", Value: "x@example.com" },
        { Name: "email_verified", Value: "TRUE" },
      ],
      "create",
    );
    assert.deepEqual(out, [
      { Name: "custom:badge", Value: "B1" },
      { Name: "email", Value: "x@example.com" },
      { Name: "email_verified", Value: "true" },
    ]);
  });

  it("lets a verified flag refer to an email the user already has", () => {
    assert.doesNotThrow(() => checkAttributes(pool, [{ Name: "email_verified", Value: "false" }], "update", [{ Name: "email", Value: "x@example.com" }]));
  });
});

describe("requireRequired / mergeAttributes", () => {
  it("names each missing required attribute", () => {
    assert.throws(() => requireRequired(pool, [{ Name: "email", Value: "x@example.com" }]), {
      message: "Attributes did not conform to the schema: given_name: The attribute is required",
    });
    assert.doesNotThrow(() => requireRequired(pool, [{ Name: "given_name", Value: "X" }]));
  });

  it("replaces in place and appends new names", () => {
    assert.deepEqual(
      mergeAttributes(
        [
          { Name: "sub", Value: "1" },
          { Name: "email", Value: "a@b" },
        ],
        [
          { Name: "email", Value: "c@d" },
          { Name: "name", Value: "N" },
        ],
      ),
      [
        { Name: "sub", Value: "1" },
        { Name: "email", Value: "c@d" },
        { Name: "name", Value: "N" },
      ],
    );
  });
});
