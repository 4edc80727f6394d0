import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UserRecord } from "../../store/cognito/records.js";
import { parseUserFilter } from "./list-filter.js";

const user: UserRecord = {
  Username: "Quinn",
  Attributes: [
    { Name: "sub", Value: "0b1c2d3e-0000-4000-8000-000000000001" },
    { Name: "email", Value: "quinn@example.com" },
    { Name: "name", Value: 'Quinn "Q" Doe' },
  ],
  Enabled: false,
  UserStatus: "CONFIRMED",
  UserCreateDate: 0,
  UserLastModifiedDate: 0,
};

describe("ListUsers filter", () => {
  const table: [string, boolean][] = [
    ["", true],
    ['username = "Quinn"', true],
    ['username = "quinn"', false],
    ['username ^= "Qu"', true],
    ['email="quinn@example.com"', true],
    ['email ^= "quinn@ex"', true],
    ['email ^= "x"', false],
    ['name = "Quinn \\"Q\\" Doe"', true],
    ['cognito:user_status = "confirmed"', true],
    ['status = "Disabled"', true],
    ['status = "disabled"', false],
    ['sub ^= "0b1c2d3e"', true],
    ['given_name = ""', false],
  ];
  for (const [filter, expected] of table)
    it(`${JSON.stringify(filter)} -> ${expected}`, () => {
      assert.equal(parseUserFilter(filter)(user), expected);
    });

  it("refuses bad syntax and unsearchable attributes", () => {
    for (const bad of ["email", 'email == "x"', "email = x", 'email = "x" extra'])
      assert.throws(() => parseUserFilter(bad), { name: "InvalidParameterException", message: "Error while parsing filter" });
    assert.throws(() => parseUserFilter('locale = "en"'), { message: "Invalid search attribute: locale" });
  });
});
