import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  TestInvokeAuthorizerCommand,
  UpdateMethodCommand,
  UpdateRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { issueTokens, type TokenSet } from "../../src/cognito/tokens/issue.js";
import type { ClientRecord, PoolRecord, UserRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";

/** Tokens minted by poolgate's own issuer for a pool created through the SDK (no sign-in flow needed here). */
function mint(t: TestServer, pool: PoolRecord): TokenSet {
  const now = Math.floor(t.clock.now() / 1000);
  const client = {
    UserPoolId: pool.Id,
    ClientName: "web",
    ClientId: "a1b2c3d4e5f6g7h8i9j0k1l2m3",
    LastModifiedDate: now,
    CreationDate: now,
    RefreshTokenValidity: 30,
    TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
    ExplicitAuthFlows: [],
    AllowedOAuthFlowsUserPoolClient: false,
    PreventUserExistenceErrors: "ENABLED",
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: 3,
  } as ClientRecord;
  const user: UserRecord = {
    Username: "alice",
    Attributes: [
      { Name: "sub", Value: "11111111-2222-3333-4444-555555555555" },
      { Name: "email", Value: "alice@example.com" },
    ],
    Enabled: true,
    UserStatus: "CONFIRMED",
    UserCreateDate: now,
    UserLastModifiedDate: now,
  };
  const s = t.app.services;
  return issueTokens({ store: s.cognito, keys: s.keys, clock: s.clock, urls: s.urls }, { pool, client, user, withRefreshToken: false });
}

describe("TestInvokeAuthorizer and the invoke path over control-plane deployments", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  let pool: PoolRecord;
  let tokens: TokenSet;
  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
    pool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "gate" }))).UserPool as unknown as PoolRecord;
    tokens = mint(t, pool);
  });
  after(async () => {
    await t.stop();
  });

  async function cognitoApi() {
    const api = await apigw.send(new CreateRestApiCommand({ name: "gated" }));
    const a = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "pool",
        type: "COGNITO_USER_POOLS",
        providerARNs: [`arn:aws:cognito-idp:us-east-1:000000000000:userpool/${pool.Id}`],
        identitySource: "method.request.header.Authorization",
      }),
    );
    return { api, authorizerId: a.id as string };
  }

  it("allows an ID token with its claims, and refuses an access token, no token and an expired token", async () => {
    const { api, authorizerId } = await cognitoApi();
    const ok = await apigw.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId, headers: { Authorization: tokens.IdToken as string } }));
    assert.equal(ok.clientStatus, 200);
    assert.equal(ok.claims?.["cognito:username"], "alice");
    assert.equal(ok.claims?.email, "alice@example.com");
    assert.match(ok.log ?? "", /Starting authorizer: \w+ for request: test-request/);
    assert.match(ok.log ?? "", /Incoming identity: \*{4}.{6}\n/);
    assert.ok(!(ok.log ?? "").includes(tokens.IdToken as string), "the token is masked in the log");

    const access = await apigw.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId, headers: { Authorization: tokens.AccessToken } }));
    assert.equal(access.clientStatus, 401, "no method, so no scopes: access tokens fail as on the console");
    assert.equal(access.claims, undefined);
    assert.match(access.log ?? "", /token\.kind-for-scopes/);

    const none = await apigw.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId, headers: {} }));
    assert.equal(none.clientStatus, 401);

    t.clock.advance(2 * 60 * 60 * 1000);
    try {
      const expired = await apigw.send(
        new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId, headers: { Authorization: tokens.IdToken as string } }),
      );
      assert.equal(expired.clientStatus, 401);
      assert.match(expired.log ?? "", /token\.not-expired/);
    } finally {
      t.clock.advance(-2 * 60 * 60 * 1000);
    }
  });

  it("serves the deployed snapshot on the invoke path: a scope added later applies only after redeploying", async () => {
    const { api, authorizerId } = await cognitoApi();
    const pets = await apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
    const base = { restApiId: api.id, resourceId: pets.id, httpMethod: "GET" };
    await apigw.send(new PutMethodCommand({ ...base, authorizationType: "COGNITO_USER_POOLS", authorizerId }));
    await apigw.send(new PutIntegrationCommand({ ...base, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
    await apigw.send(new PutMethodResponseCommand({ ...base, statusCode: "200" }));
    await apigw.send(new PutIntegrationResponseCommand({ ...base, statusCode: "200", responseTemplates: { "application/json": '{"pets":[]}' } }));
    await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const url = `${t.url}/_aws/execute-api/${api.id}/dev/pets`;
    const call = (token?: string) => fetch(url, { headers: token ? { Authorization: token } : {} });

    const ok = await call(tokens.IdToken);
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { pets: [] });
    assert.equal((await call()).status, 401);

    await apigw.send(new UpdateMethodCommand({ ...base, patchOperations: [{ op: "add", path: "/authorizationScopes", value: "pets/read" }] }));
    assert.equal((await call(tokens.IdToken)).status, 200, "not redeployed: the ID token still passes");
    await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const after = await call(tokens.IdToken);
    assert.equal(after.status, 401, "redeployed: scopes now require an access token");
    assert.deepEqual(await after.json(), { message: "Unauthorized" });

    // A resource policy set through UpdateRestApi (escaped read-back form) is enforced once deployed.
    await apigw.send(new UpdateMethodCommand({ ...base, patchOperations: [{ op: "remove", path: "/authorizationScopes", value: "pets/read" }] }));
    const deny = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Deny", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*/GET/pets" }],
    });
    await apigw.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/policy", value: deny }] }));
    assert.equal((await call(tokens.IdToken)).status, 401, "the scope is still deployed");
    await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const denied = await call(tokens.IdToken);
    assert.equal(denied.status, 403);
    const body = (await denied.json()) as { Message?: string };
    assert.match(
      body.Message ?? "",
      new RegExp(`execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:\\*{8}0000:${api.id}/dev/GET/pets with an explicit deny`),
    );
  });
});
