import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminCreateUserCommand,
  CreateGroupCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

describe("user pool administration through the AWS SDK v3", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("lists pools as UserPoolDescriptionType with NextToken pagination", async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.push(
        (
          await t.cognito.send(
            new CreateUserPoolCommand({
              PoolName: `list-${i}`,
              LambdaConfig: i === 0 ? { PreSignUp: "arn:aws:lambda:us-east-1:000000000000:function:f" } : undefined,
            }),
          )
        ).UserPool?.Id ?? "",
      );
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await t.cognito.send(new ListUserPoolsCommand({ MaxResults: 2, NextToken: token }));
      pages++;
      for (const p of page.UserPools ?? []) {
        assert.deepEqual(Object.keys(p).sort(), ["CreationDate", "Id", "LambdaConfig", "LastModifiedDate", "Name"]);
        assert.ok(p.CreationDate instanceof Date);
        assert.ok(p.LastModifiedDate instanceof Date);
        seen.push(p.Id ?? "");
      }
      token = page.NextToken;
    } while (token);
    assert.equal(pages, 3);
    assert.deepEqual(seen, made);
    const first = await t.cognito.send(new ListUserPoolsCommand({ MaxResults: 1 }));
    assert.equal(first.UserPools?.[0]?.Name, "list-0");
    assert.equal(first.UserPools?.[0]?.LambdaConfig?.PreSignUp, "arn:aws:lambda:us-east-1:000000000000:function:f");
    assert.ok(first.NextToken);
  });

  it("requires MaxResults between 1 and 60", async () => {
    await rejectsWith(
      t.cognito.send(new ListUserPoolsCommand({} as never)),
      "InvalidParameterException",
      "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null",
    );
    await rejectsWith(
      t.cognito.send(new ListUserPoolsCommand({ MaxResults: 0 })),
      "InvalidParameterException",
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    await rejectsWith(t.cognito.send(new ListUserPoolsCommand({ MaxResults: 61 })), "InvalidParameterException", /less than or equal to 60$/);
    await rejectsWith(t.cognito.send(new ListUserPoolsCommand({ MaxResults: 10, NextToken: "not-a-token" })), "InvalidParameterException");
  });

  it("updates a pool, resetting what the request omits and keeping what cannot change", async () => {
    const created = (
      await t.cognito.send(
        new CreateUserPoolCommand({
          PoolName: "to-update",
          UsernameAttributes: ["email"],
          AutoVerifiedAttributes: ["email"],
          MfaConfiguration: "OFF",
          Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false } },
          UserPoolTags: { team: "auth" },
        }),
      )
    ).UserPool;
    const id = created?.Id ?? "";
    t.clock.advance(3000);
    const out = await t.cognito.send(
      new UpdateUserPoolCommand({ UserPoolId: id, DeletionProtection: "ACTIVE", Policies: { PasswordPolicy: { MinimumLength: 10 } } }),
    );
    assert.equal(out.$metadata.httpStatusCode, 200);
    const p = (await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(p?.Name, "to-update");
    assert.equal(p?.DeletionProtection, "ACTIVE");
    assert.equal(p?.Policies?.PasswordPolicy?.MinimumLength, 10);
    assert.equal(p?.AutoVerifiedAttributes, undefined, "omitted AutoVerifiedAttributes are reset");
    assert.deepEqual(p?.UsernameAttributes, ["email"]);
    assert.deepEqual(p?.UserPoolTags, { team: "auth" });
    assert.equal(p?.CreationDate?.getTime(), created?.CreationDate?.getTime());
    assert.ok((p?.LastModifiedDate?.getTime() ?? 0) > (created?.LastModifiedDate?.getTime() ?? 0));
    await t.cognito.send(new UpdateUserPoolCommand({ UserPoolId: id, PoolName: "renamed", AutoVerifiedAttributes: ["email"], DeletionProtection: "ACTIVE" }));
    const renamed = (await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(renamed?.Name, "renamed");
    assert.deepEqual(renamed?.AutoVerifiedAttributes, ["email"]);
    assert.equal(renamed?.Policies?.PasswordPolicy?.MinimumLength, 8, "omitted password policy is back to the default");
    await rejectsWith(t.cognito.send(new UpdateUserPoolCommand({ UserPoolId: "us-east-1_nope12345" })), "ResourceNotFoundException");
    await rejectsWith(
      t.cognito.send(new UpdateUserPoolCommand({ UserPoolId: id, MfaConfiguration: "SOMETIMES" as never })),
      "InvalidParameterException",
      /enum value set/,
    );
  });

  it("refuses to delete a pool with deletion protection", async () => {
    const id = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "protected", DeletionProtection: "ACTIVE" }))).UserPool?.Id ?? "";
    await rejectsWith(t.cognito.send(new DeleteUserPoolCommand({ UserPoolId: id })), "InvalidParameterException", /deletion protection/);
    assert.equal((await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.Id, id);
    await t.cognito.send(new UpdateUserPoolCommand({ UserPoolId: id, DeletionProtection: "INACTIVE" }));
    await t.cognito.send(new DeleteUserPoolCommand({ UserPoolId: id }));
    await rejectsWith(t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id })), "ResourceNotFoundException", `User pool ${id} does not exist.`);
  });

  it("deletes a pool with everything in it: clients, domain, resource servers, users, groups and keys", async () => {
    const id = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "full" }))).UserPool?.Id ?? "";
    const clientId = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: id, ClientName: "c" }))).UserPoolClient?.ClientId ?? "";
    await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: id, Domain: "full-pool-domain" }));
    await t.cognito.send(new CreateResourceServerCommand({ UserPoolId: id, Identifier: "api", Name: "api" }));
    const jwks = await fetch(`${t.url}/${id}/.well-known/jwks.json`);
    assert.equal(jwks.status, 200);
    // Users and groups are created when those operations exist on this build; the cascade covers them either way.
    await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: id, Username: "alice" })).catch(() => undefined);
    await t.cognito.send(new CreateGroupCommand({ UserPoolId: id, GroupName: "admins" })).catch(() => undefined);

    await t.cognito.send(new DeleteUserPoolCommand({ UserPoolId: id }));
    await rejectsWith(t.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: id, ClientId: clientId })), "ResourceNotFoundException");
    assert.deepEqual((await t.cognito.send(new DescribeUserPoolDomainCommand({ Domain: "full-pool-domain" }))).DomainDescription, {});
    await rejectsWith(t.cognito.send(new DescribeResourceServerCommand({ UserPoolId: id, Identifier: "api" })), "ResourceNotFoundException");
    assert.equal(t.app.services.cognito.clients.get(clientId), undefined);
    assert.deepEqual(t.app.services.cognito.keys.forPool(id), []);
    assert.equal(t.app.services.keys.forPool(id), undefined, "the key ring forgot the pool's keys");
    assert.notEqual((await fetch(`${t.url}/${id}/.well-known/jwks.json`)).status, 200);
    const listed = await t.cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    assert.ok(!(listed.UserPools ?? []).some((p) => p.Id === id));
    // The domain prefix is free for another pool.
    const other = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "next" }))).UserPool?.Id ?? "";
    await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: other, Domain: "full-pool-domain" }));
    await rejectsWith(t.cognito.send(new DeleteUserPoolCommand({ UserPoolId: id })), "ResourceNotFoundException");
  });
});
