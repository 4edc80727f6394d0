import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CreateGroupCommand,
  CreateUserPoolCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

describe("groups through the AWS SDK v3", () => {
  let t: TestServer;
  let poolId: string;
  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "groups" }))).UserPool!.Id!;
    for (const u of ["ann", "ben", "cat"]) await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: u, MessageAction: "SUPPRESS" }));
  });
  after(() => t.stop());

  it("CreateGroup answers the GroupType; GetGroup returns it", async () => {
    const out = await t.cognito.send(
      new CreateGroupCommand({
        UserPoolId: poolId,
        GroupName: "admins",
        Description: "Administrators",
        Precedence: 1,
        RoleArn: "arn:aws:iam::123456789012:role/admins",
      }),
    );
    assert.equal(out.Group?.GroupName, "admins");
    assert.equal(out.Group?.UserPoolId, poolId);
    assert.equal(out.Group?.Precedence, 1);
    assert.equal(out.Group?.RoleArn, "arn:aws:iam::123456789012:role/admins");
    assert.ok(out.Group?.CreationDate instanceof Date);
    const got = await t.cognito.send(new GetGroupCommand({ UserPoolId: poolId, GroupName: "admins" }));
    assert.equal(got.Group?.Description, "Administrators");
  });

  it("refuses a duplicate group, a bad RoleArn and an unknown group", async () => {
    await rejectsWith(
      t.cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: "admins" })),
      "GroupExistsException",
      "A group with the name admins already exists.",
    );
    await rejectsWith(
      t.cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: "x", RoleArn: "not-an-arn-at-all-really" })),
      "InvalidParameterException",
      /^1 validation error detected: Value 'not-an-arn-at-all-really' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    await rejectsWith(t.cognito.send(new GetGroupCommand({ UserPoolId: poolId, GroupName: "nope" })), "ResourceNotFoundException", "Group not found.");
  });

  it("adds, lists and removes members", async () => {
    await t.cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: "readers" }));
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "admins", Username: "ann" }));
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "readers", Username: "ANN" }));
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "readers", Username: "ann" }));
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "readers", Username: "ben" }));
    const groups = await t.cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: "ann" }));
    assert.deepEqual(groups.Groups?.map((g) => g.GroupName).sort(), ["admins", "readers"]);
    const members = await t.cognito.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: "readers" }));
    assert.deepEqual(
      members.Users?.map((u) => u.Username),
      ["ann", "ben"],
    );
    assert.equal(members.Users?.[0]?.UserStatus, "FORCE_CHANGE_PASSWORD");
    await t.cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: poolId, GroupName: "readers", Username: "ann" }));
    const after = await t.cognito.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: "readers" }));
    assert.deepEqual(
      after.Users?.map((u) => u.Username),
      ["ben"],
    );
  });

  it("membership errors: unknown group, unknown user", async () => {
    await rejectsWith(
      t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "nope", Username: "ann" })),
      "ResourceNotFoundException",
      "Group not found.",
    );
    await rejectsWith(
      t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "admins", Username: "ghost" })),
      "UserNotFoundException",
      "User does not exist.",
    );
  });

  it("paginates ListGroups with NextToken", async () => {
    for (const g of ["g1", "g2", "g3"]) await t.cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: g }));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await t.cognito.send(new ListGroupsCommand({ UserPoolId: poolId, Limit: 2, NextToken: token }));
      assert.ok((page.Groups?.length ?? 0) <= 2);
      seen.push(...(page.Groups ?? []).map((g) => g.GroupName!));
      token = page.NextToken;
      pages++;
    } while (token && pages < 10);
    assert.deepEqual(seen.sort(), ["admins", "g1", "g2", "g3", "readers"]);
    assert.equal(pages, 3);
  });

  it("deleting a group or a user removes the memberships", async () => {
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "g1", Username: "cat" }));
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "g2", Username: "cat" }));
    await t.cognito.send(new DeleteGroupCommand({ UserPoolId: poolId, GroupName: "g1" }));
    const groups = await t.cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: "cat" }));
    assert.deepEqual(
      groups.Groups?.map((g) => g.GroupName),
      ["g2"],
    );
    await rejectsWith(t.cognito.send(new DeleteGroupCommand({ UserPoolId: poolId, GroupName: "g1" })), "ResourceNotFoundException", "Group not found.");
    await t.cognito.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: "cat" }));
    const members = await t.cognito.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: "g2" }));
    assert.deepEqual(members.Users, []);
  });
});
