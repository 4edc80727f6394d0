import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

describe("app clients through the AWS SDK v3", () => {
  let t: TestServer;
  let poolId: string;
  let otherPoolId: string;
  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "clients" }))).UserPool?.Id ?? "";
    otherPoolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "other" }))).UserPool?.Id ?? "";
  });
  after(() => t.stop());

  it("creates a public client with AWS's defaults", async () => {
    const { UserPoolClient: c } = await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web" }));
    assert.ok(c);
    assert.match(c.ClientId ?? "", /^[a-z0-9]{26}$/);
    assert.equal(c.ClientSecret, undefined);
    assert.equal(c.UserPoolId, poolId);
    assert.equal(c.ClientName, "web");
    assert.ok(c.CreationDate instanceof Date);
    assert.ok(c.LastModifiedDate instanceof Date);
    assert.ok(Math.abs((c.CreationDate?.getTime() ?? 0) - t.clock.now()) < 2000);
    assert.deepEqual(c.ExplicitAuthFlows, ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"]);
    assert.equal(c.RefreshTokenValidity, 30);
    assert.deepEqual(c.TokenValidityUnits, { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" });
    assert.equal(c.AllowedOAuthFlowsUserPoolClient, false);
    assert.equal(c.PreventUserExistenceErrors, "LEGACY");
    assert.equal(c.EnableTokenRevocation, true);
    assert.equal(c.EnablePropagateAdditionalUserContextData, false);
    assert.equal(c.AuthSessionValidity, 3);
  });

  it("generates a secret or takes the one given", async () => {
    const gen = await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "server", GenerateSecret: true }));
    assert.match(gen.UserPoolClient?.ClientSecret ?? "", /^[a-z0-9]{52}$/);
    const own = await t.cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "own", ClientSecret: "my-own-secret-value-1234".replace(/-/g, "_") }),
    );
    assert.equal(own.UserPoolClient?.ClientSecret, "my_own_secret_value_1234");
    const described = await t.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: gen.UserPoolClient?.ClientId }));
    assert.equal(described.UserPoolClient?.ClientSecret, gen.UserPoolClient?.ClientSecret);
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "both", GenerateSecret: true, ClientSecret: "x".repeat(30) })),
      "InvalidParameterException",
    );
  });

  it("validates input shapes with AWS's messages", async () => {
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "bad/name" })),
      "InvalidParameterException",
      "1 validation error detected: Value 'bad/name' at 'clientName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
    );
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "x", AuthSessionValidity: 16 })),
      "InvalidParameterException",
      /at 'authSessionValidity' failed to satisfy constraint: Member must have value less than or equal to 15$/,
    );
    await rejectsWith(
      t.cognito.send(
        new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "x", CallbackURLs: Array.from({ length: 101 }, (_, i) => `https://a.example/${i}`) }),
      ),
      "InvalidParameterException",
      /at 'callbackURLs' failed to satisfy constraint: Member must have length less than or equal to 100$/,
    );
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "x", ExplicitAuthFlows: ["PASSWORD" as never] })),
      "InvalidParameterException",
      /at 'explicitAuthFlows\.1\.member' failed to satisfy constraint: Member must satisfy enum value set/,
    );
    await rejectsWith(t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: "us-east-1_nope12345", ClientName: "x" })), "ResourceNotFoundException");
  });

  it("refuses token validity out of range", async () => {
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "x", AccessTokenValidity: 60 })),
      "InvalidParameterException",
      "Invalid range for token validity.",
    );
    const ok = await t.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: "short",
        AccessTokenValidity: 5,
        IdTokenValidity: 5,
        RefreshTokenValidity: 60,
        TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "minutes" },
      }),
    );
    assert.equal(ok.UserPoolClient?.AccessTokenValidity, 5);
    assert.deepEqual(ok.UserPoolClient?.TokenValidityUnits, { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "minutes" });
  });

  it("applies the OAuth rules", async () => {
    const base = { UserPoolId: poolId, ClientName: "oauth", AllowedOAuthFlowsUserPoolClient: true };
    const good = await t.cognito.send(
      new CreateUserPoolClientCommand({
        ...base,
        AllowedOAuthFlows: ["code"],
        AllowedOAuthScopes: ["openid", "email"],
        CallbackURLs: ["http://localhost:3000/callback", "https://app.example.com/cb", "myapp://cb"],
        DefaultRedirectURI: "https://app.example.com/cb",
        SupportedIdentityProviders: ["COGNITO"],
      }),
    );
    assert.equal(good.UserPoolClient?.AllowedOAuthFlowsUserPoolClient, true);
    assert.deepEqual(good.UserPoolClient?.AllowedOAuthFlows, ["code"]);
    assert.deepEqual(good.UserPoolClient?.CallbackURLs, ["http://localhost:3000/callback", "https://app.example.com/cb", "myapp://cb"]);
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ ...base, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid"] })),
      "InvalidOAuthFlowException",
      "CallbackUrls can not be empty when code flow or implicit flow is selected",
    );
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ ...base, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["openid"] })),
      "InvalidOAuthFlowException",
      "client_credentials flow can not be selected if client does not have a client secret.",
    );
    await rejectsWith(
      t.cognito.send(
        new CreateUserPoolClientCommand({
          ...base,
          GenerateSecret: true,
          AllowedOAuthFlows: ["client_credentials", "implicit"],
          AllowedOAuthScopes: ["openid"],
          CallbackURLs: ["https://a.example/"],
        }),
      ),
      "InvalidOAuthFlowException",
      "client_credentials flow can not be selected along with code flow or implicit flow",
    );
    await rejectsWith(
      t.cognito.send(
        new CreateUserPoolClientCommand({
          ...base,
          AllowedOAuthFlows: ["implicit"],
          AllowedOAuthScopes: ["openid"],
          CallbackURLs: ["http://app.example.com/"],
        }),
      ),
      "InvalidParameterException",
      /HTTPS/,
    );
    await rejectsWith(
      t.cognito.send(
        new CreateUserPoolClientCommand({
          ...base,
          AllowedOAuthFlows: ["code"],
          AllowedOAuthScopes: ["openid"],
          CallbackURLs: ["https://a.example/"],
          DefaultRedirectURI: "https://b.example/",
        }),
      ),
      "InvalidParameterException",
    );
    await rejectsWith(
      t.cognito.send(
        new CreateUserPoolClientCommand({ ...base, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["api/read"], CallbackURLs: ["https://a.example/"] }),
      ),
      "ScopeDoesNotExistException",
    );
    await rejectsWith(
      t.cognito.send(new CreateUserPoolClientCommand({ ...base, AllowedOAuthFlows: [], CallbackURLs: ["https://a.example/"] })),
      "InvalidParameterException",
      "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.",
    );
  });

  it("refuses legacy and ALLOW_ auth flows together", async () => {
    await rejectsWith(
      t.cognito.send(
        new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "x", ExplicitAuthFlows: ["USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"] }),
      ),
      "InvalidParameterException",
    );
    const legacy = await t.cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "legacy", ExplicitAuthFlows: ["USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"] }),
    );
    assert.deepEqual(legacy.UserPoolClient?.ExplicitAuthFlows, ["USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"]);
  });

  it("update resets omitted settings to their defaults and keeps id, secret, name and creation date", async () => {
    const created = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: "to-update",
          GenerateSecret: true,
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
          PreventUserExistenceErrors: "ENABLED",
          EnableTokenRevocation: false,
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ["code"],
          AllowedOAuthScopes: ["openid"],
          CallbackURLs: ["https://a.example/cb"],
        }),
      )
    ).UserPoolClient;
    t.clock.advance(5000);
    const updated = (await t.cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: created?.ClientId, AuthSessionValidity: 10 })))
      .UserPoolClient;
    assert.equal(updated?.ClientId, created?.ClientId);
    assert.equal(updated?.ClientSecret, created?.ClientSecret);
    assert.equal(updated?.ClientName, "to-update");
    assert.equal(updated?.CreationDate?.getTime(), created?.CreationDate?.getTime());
    assert.ok((updated?.LastModifiedDate?.getTime() ?? 0) > (created?.LastModifiedDate?.getTime() ?? 0));
    assert.equal(updated?.AuthSessionValidity, 10);
    assert.deepEqual(updated?.ExplicitAuthFlows, ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"]);
    assert.equal(updated?.PreventUserExistenceErrors, "LEGACY");
    assert.equal(updated?.EnableTokenRevocation, true);
    assert.equal(updated?.AllowedOAuthFlowsUserPoolClient, false);
    assert.equal(updated?.AllowedOAuthFlows, undefined);
    assert.equal(updated?.CallbackURLs, undefined);
    const described = await t.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: created?.ClientId }));
    assert.deepEqual(described.UserPoolClient, updated);
    const renamed = await t.cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: created?.ClientId, ClientName: "renamed" }));
    assert.equal(renamed.UserPoolClient?.ClientName, "renamed");
    await rejectsWith(
      t.cognito.send(
        new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: created?.ClientId, IdTokenValidity: 2, TokenValidityUnits: { IdToken: "days" } }),
      ),
      "InvalidParameterException",
      "Invalid range for token validity.",
    );
    await rejectsWith(
      t.cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: "nosuchclient123" })),
      "ResourceNotFoundException",
      "User pool client nosuchclient123 does not exist.",
    );
  });

  it("describes only within the client's own pool, and deletes", async () => {
    const c = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "doomed" }))).UserPoolClient;
    await rejectsWith(t.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: otherPoolId, ClientId: c?.ClientId })), "ResourceNotFoundException");
    await rejectsWith(t.cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: otherPoolId, ClientId: c?.ClientId })), "ResourceNotFoundException");
    const out = await t.cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: c?.ClientId }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    await rejectsWith(
      t.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: c?.ClientId })),
      "ResourceNotFoundException",
      `User pool client ${c?.ClientId} does not exist.`,
    );
    await rejectsWith(t.cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: c?.ClientId })), "ResourceNotFoundException");
  });

  it("lists clients with NextToken pagination", async () => {
    const pool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "many-clients" }))).UserPool?.Id ?? "";
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.push((await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: `c${i}` }))).UserPoolClient?.ClientId ?? "");
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await t.cognito.send(new ListUserPoolClientsCommand({ UserPoolId: pool, MaxResults: 2, NextToken: token }));
      pages++;
      assert.ok((page.UserPoolClients?.length ?? 0) <= 2);
      for (const c of page.UserPoolClients ?? []) {
        assert.deepEqual(Object.keys(c).sort(), ["ClientId", "ClientName", "UserPoolId"]);
        assert.equal(c.UserPoolId, pool);
        seen.push(c.ClientId ?? "");
      }
      token = page.NextToken;
    } while (token);
    assert.equal(pages, 3);
    assert.deepEqual(seen, made);
    const all = await t.cognito.send(new ListUserPoolClientsCommand({ UserPoolId: pool }));
    assert.equal(all.UserPoolClients?.length, 5);
    assert.equal(all.NextToken, undefined);
    await rejectsWith(
      t.cognito.send(new ListUserPoolClientsCommand({ UserPoolId: pool, MaxResults: 61 })),
      "InvalidParameterException",
      "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
    await rejectsWith(t.cognito.send(new ListUserPoolClientsCommand({ UserPoolId: pool, NextToken: "garbage" })), "InvalidParameterException");
    await rejectsWith(t.cognito.send(new ListUserPoolClientsCommand({ UserPoolId: "us-east-1_nope12345" })), "ResourceNotFoundException");
  });
});
