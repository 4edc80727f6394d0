import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  type AdminGetUserCommandOutput,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { startServer } from "../harness/server.js";

describe("state survives a restart on the same data directory", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "poolgate-persist-"));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps pools, clients, users, groups and the signing keys", async () => {
    const first = await startServer({ dataDir, ephemeral: false });
    let poolId: string;
    let clientId: string;
    let jwksBefore: unknown;
    let userBefore: AdminGetUserCommandOutput | undefined;
    let storedBefore: unknown;
    try {
      poolId = (await first.cognito.send(new CreateUserPoolCommand({ PoolName: "durable" }))).UserPool!.Id!;
      clientId = (await first.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
      await first.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: poolId,
          Username: "kept",
          MessageAction: "SUPPRESS",
          UserAttributes: [{ Name: "email", Value: "kept@example.com" }],
        }),
      );
      await first.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "kept", Password: "Durable-Passw0rd!", Permanent: true }));
      await first.cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: "staff" }));
      await first.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "staff", Username: "kept" }));
      const res = await fetch(`${first.url}/${poolId}/.well-known/jwks.json`);
      assert.equal(res.status, 200);
      jwksBefore = await res.json();
      userBefore = await first.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "kept" }));
      storedBefore = first.app.services.cognito.users.get(poolId, "kept");
    } finally {
      await first.stop();
    }

    const second = await startServer({ dataDir, ephemeral: false });
    try {
      const pool = await second.cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
      assert.equal(pool.UserPool?.Name, "durable");
      assert.equal(pool.UserPool?.EstimatedNumberOfUsers, 1);
      const client = await second.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }));
      assert.equal(client.UserPoolClient?.ClientName, "web");
      const user = await second.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "kept" }));
      assert.equal(user.UserStatus, "CONFIRMED");
      assert.deepEqual(user.UserAttributes, userBefore?.UserAttributes);
      assert.equal(user.UserCreateDate?.getTime(), userBefore?.UserCreateDate?.getTime());
      // Password hash and SRP verifier are unchanged, so the user can still sign in with the same password.
      assert.deepEqual(second.app.services.cognito.users.get(poolId, "kept"), storedBefore);
      const groups = await second.cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: "kept" }));
      assert.deepEqual(
        groups.Groups?.map((g) => g.GroupName),
        ["staff"],
      );
      const jwksAfter = await (await fetch(`${second.url}/${poolId}/.well-known/jwks.json`)).json();
      assert.ok(Array.isArray((jwksAfter as { keys: unknown[] }).keys) && (jwksAfter as { keys: unknown[] }).keys.length >= 2);
      assert.deepEqual(jwksAfter, jwksBefore, "tokens issued before the restart still verify: same keys");
    } finally {
      await second.stop();
    }
  });
});
