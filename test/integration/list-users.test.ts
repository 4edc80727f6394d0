import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolCommand,
  ListUsersCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { startServer, type TestServer } from "../harness/server.js";

const names = (users: { Username?: string }[] | undefined) => (users ?? []).map((u) => u.Username).sort();

describe("ListUsers through the AWS SDK v3", () => {
  let t: TestServer;
  let poolId: string;
  const list = async (Filter?: string) => (await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId, Filter }))).Users;
  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "list" }))).UserPool!.Id!;
    const people = [
      ["amy", "amy@example.com", "+15550001111", "Amy", "Adams", "amy.a"],
      ["bert", "bert@example.org", "+15550002222", "Bert", "Brown", "bb"],
      ["carla", "carla@example.com", "+445550003333", "Carla", "Adams", "cc"],
    ];
    for (const [u, email, phone, given, family, pref] of people)
      await t.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: poolId,
          Username: u,
          MessageAction: "SUPPRESS",
          UserAttributes: [
            { Name: "email", Value: email },
            { Name: "phone_number", Value: phone },
            { Name: "given_name", Value: given },
            { Name: "family_name", Value: family },
            { Name: "name", Value: `${given} ${family}` },
            { Name: "preferred_username", Value: pref },
          ],
        }),
      );
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "bert", Password: "Passw0rd!x", Permanent: true }));
    await t.cognito.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: "carla" }));
  });
  after(() => t.stop());

  it("lists everyone without a filter", async () => {
    assert.deepEqual(names(await list()), ["amy", "bert", "carla"]);
    assert.deepEqual(names(await list("")), ["amy", "bert", "carla"]);
  });

  const cases: [string, string[]][] = [
    ['username = "amy"', ["amy"]],
    ['username ^= "b"', ["bert"]],
    ['email = "carla@example.com"', ["carla"]],
    ['email ^= "amy@"', ["amy"]],
    ['phone_number ^= "+1555"', ["amy", "bert"]],
    ['phone_number="+445550003333"', ["carla"]],
    ['name = "Bert Brown"', ["bert"]],
    ['given_name ^= "C"', ["carla"]],
    ['family_name = "Adams"', ["amy", "carla"]],
    ['preferred_username = "bb"', ["bert"]],
    ['cognito:user_status = "CONFIRMED"', ["bert"]],
    ['cognito:user_status = "force_change_password"', ["amy", "carla"]],
    ['status = "Disabled"', ["carla"]],
    ['status = "Enabled"', ["amy", "bert"]],
    ['family_name = ""', []],
    ['email = "AMY@EXAMPLE.COM"', []],
  ];
  for (const [filter, expected] of cases)
    it(`Filter ${filter}`, async () => {
      assert.deepEqual(names(await list(filter)), expected);
    });

  it("filters by sub", async () => {
    const all = await list();
    const sub = all?.[1]?.Attributes?.find((a) => a.Name === "sub")?.Value;
    assert.deepEqual(names(await list(`sub = "${sub}"`)), [all?.[1]?.Username]);
  });

  it("refuses malformed filters and unsearchable attributes", async () => {
    for (const bad of ["username = amy", "username=", 'username != "amy"', 'email = "a" and name = "b"'])
      await assert.rejects(list(bad), { name: "InvalidParameterException", message: "Error while parsing filter" });
    await assert.rejects(list('custom:foo = "bar"'), { name: "InvalidParameterException", message: "Invalid search attribute: custom:foo" });
  });

  it("AttributesToGet trims the attribute list", async () => {
    const out = await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId, AttributesToGet: ["email", "unknown"], Filter: 'username = "amy"' }));
    assert.deepEqual(out.Users?.[0]?.Attributes, [{ Name: "email", Value: "amy@example.com" }]);
    assert.equal(out.Users?.[0]?.Enabled, true);
    assert.ok(out.Users?.[0]?.UserCreateDate instanceof Date);
  });

  it("paginates with Limit and PaginationToken, filtered or not", async () => {
    for (let i = 0; i < 7; i++) await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: `page${i}`, MessageAction: "SUPPRESS" }));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 3, PaginationToken: token, Filter: 'username ^= "page"' }));
      assert.ok((out.Users?.length ?? 0) <= 3);
      seen.push(...names(out.Users).map(String));
      token = out.PaginationToken;
      pages++;
    } while (token && pages < 10);
    assert.equal(pages, 3);
    assert.deepEqual(seen.sort(), ["page0", "page1", "page2", "page3", "page4", "page5", "page6"]);
    const full = await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId }));
    assert.equal(full.Users?.length, 10);
    assert.equal(full.PaginationToken, undefined);
  });

  it("validates Limit and the token", async () => {
    await assert.rejects(t.cognito.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 61 })), {
      name: "InvalidParameterException",
      message: "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    });
    await assert.rejects(t.cognito.send(new ListUsersCommand({ UserPoolId: poolId, PaginationToken: "garbage" })), { name: "InvalidParameterException" });
  });
});
