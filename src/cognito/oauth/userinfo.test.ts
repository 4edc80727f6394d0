import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UserRecord } from "../../store/cognito/records.js";
import { userInfoClaims } from "./userinfo.js";

const user: UserRecord = {
  Username: "jane",
  Attributes: [
    { Name: "sub", Value: "11111111-2222-3333-4444-555555555555" },
    { Name: "email", Value: "jane@example.com" },
    { Name: "email_verified", Value: "true" },
    { Name: "phone_number", Value: "+15555550100" },
    { Name: "given_name", Value: "Jane" },
    { Name: "custom:team", Value: "blue" },
  ],
  Enabled: true,
  UserStatus: "CONFIRMED",
  UserCreateDate: 0,
  UserLastModifiedDate: 0,
};

// Attribute sets by scope, as the AWS Developer Guide's userInfo endpoint page lists them.
const CASES: { scopes: string[]; readable?: string[]; keys: string[] }[] = [
  { scopes: ["openid"], keys: ["sub", "email", "email_verified", "phone_number", "given_name", "custom:team", "username"] },
  { scopes: ["openid", "email"], keys: ["sub", "email", "email_verified", "username"] },
  { scopes: ["openid", "phone"], keys: ["sub", "phone_number", "username"] },
  { scopes: ["openid", "profile"], keys: ["sub", "given_name", "custom:team", "username"] },
  { scopes: ["openid", "aws.cognito.signin.user.admin"], keys: ["sub", "email", "email_verified", "phone_number", "given_name", "custom:team", "username"] },
  { scopes: ["openid"], readable: ["email"], keys: ["sub", "email", "username"] },
];

describe("userInfo claims by scope", () => {
  for (const c of CASES) {
    it(`${c.scopes.join(" ")}${c.readable ? ` (readable: ${c.readable.join(",")})` : ""}`, () => {
      const claims = userInfoClaims(user, c.scopes, c.readable);
      assert.deepEqual(Object.keys(claims), c.keys);
      for (const v of Object.values(claims)) assert.equal(typeof v, "string");
    });
  }
});
