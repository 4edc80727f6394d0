import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  UpdateMethodCommand,
} from "@aws-sdk/client-api-gateway";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { issueTokens } from "../../src/cognito/tokens/issue.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * The whole path with real clients: a pool, client and user through the Cognito SDK, their tokens, an API
 * with a Cognito authorizer through the API Gateway SDK, deployed, then invoked. Changes count only once redeployed.
 */
describe("invoke end to end: Cognito SDK + API Gateway SDK + execute-api", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  let apiId: string;
  let idToken: string;
  let accessToken: string;

  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
    const pool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "e2e" }))).UserPool!;
    const client = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: pool.Id,
          ClientName: "web",
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        }),
      )
    ).UserPoolClient!;
    await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: pool.Id, Username: "alice", MessageAction: "SUPPRESS" }));
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.Id, Username: "alice", Password: "Passw0rd!long", Permanent: true }));
    // Tokens minted the way the sign-in flows mint them (issueTokens), from the records the SDK calls created.
    const sv = t.app.services;
    const poolRecord = sv.cognito.pools.get(pool.Id!)!;
    const tokens = issueTokens(
      { store: sv.cognito, keys: sv.keys, clock: sv.clock, urls: sv.urls },
      { pool: poolRecord, client: sv.cognito.clients.get(client.ClientId!)!, user: sv.cognito.users.get(pool.Id!, "alice")!, withRefreshToken: false },
    );
    idToken = tokens.IdToken!;
    accessToken = tokens.AccessToken;

    const api = await apigw.send(new CreateRestApiCommand({ name: "e2e" }));
    apiId = api.id!;
    const authorizer = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: apiId,
        name: "pool",
        type: "COGNITO_USER_POOLS",
        providerARNs: [pool.Arn!],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const res = await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId!, pathPart: "me" }));
    await apigw.send(
      new PutMethodCommand({ restApiId: apiId, resourceId: res.id!, httpMethod: "GET", authorizationType: "COGNITO_USER_POOLS", authorizerId: authorizer.id }),
    );
    await apigw.send(
      new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: res.id!,
        httpMethod: "GET",
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
      }),
    );
    await apigw.send(
      new PutIntegrationResponseCommand({
        restApiId: apiId,
        resourceId: res.id!,
        httpMethod: "GET",
        statusCode: "200",
        responseTemplates: { "application/json": '{"user":"$context.authorizer.claims[\'cognito:username\']"}' },
      }),
    );
    await apigw.send(
      new PutGatewayResponseCommand({
        restApiId: apiId,
        responseType: "UNAUTHORIZED",
        statusCode: "401",
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
      }),
    );
    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "prod" }));
  });
  after(async () => {
    await t.stop();
  });

  const me = (authorization?: string) => fetch(`${t.url}/_aws/execute-api/${apiId}/prod/me`, { headers: authorization ? { authorization } : {} });

  it("lets the ID token through and hands its claims to the mapping template", async () => {
    const res = await me(idToken);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { user: "alice" });
  });

  it("refuses the access token on a method without scopes, with the customised CORS header", async () => {
    const res = await me(`Bearer ${accessToken}`);
    assert.equal(res.status, 401);
    assert.equal(await res.text(), '{"message":"Unauthorized"}');
    assert.equal(res.headers.get("access-control-allow-origin"), "*");
  });

  it("ignores method changes until the API is redeployed, then applies them", async () => {
    const resourceId = ((await apigw.send(new GetResourcesCommand({ restApiId: apiId }))).items ?? []).find((r) => r.path === "/me")!.id!;
    await apigw.send(
      new UpdateMethodCommand({
        restApiId: apiId,
        resourceId,
        httpMethod: "GET",
        patchOperations: [{ op: "add", path: "/authorizationScopes", value: "aws.cognito.signin.user.admin" }],
      }),
    );
    assert.equal((await me(accessToken)).status, 401, "the deployed snapshot still has no scopes");
    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "prod" }));
    assert.equal((await me(accessToken)).status, 200, "after redeploying, the access token's admin scope matches");
    assert.equal((await me(idToken)).status, 401, "and the ID token no longer does");
  });

  it("answers an expired token with AWS's expiry message", async () => {
    t.clock.advance(3601_000);
    try {
      const res = await me(accessToken);
      assert.equal(res.status, 401);
      assert.equal(await res.text(), '{"message":"The incoming token has expired"}');
    } finally {
      t.clock.advance(-3601_000);
    }
  });
});
