import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cognitoAuthorizer, createPool, type InvokeServer, invokeUrl, MOCK_200, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

describe("invoke: API keys and stage variables in provider ARNs", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  let b: PoolFixture;
  before(async () => {
    t = await startInvokeServer();
    a = await createPool(t, "a");
    b = await createPool(t, "b");
    const region = a.pool.Id.split("_")[0];
    const viaStage = cognitoAuthorizer([`arn:aws:cognito-idp:${region}:000000000000:userpool/\${stageVariables.pool}`]);
    const snapshot = snapshotOf({
      apiId: "options001",
      authorizers: [viaStage],
      resources: {
        "/keyed": { GET: { apiKeyRequired: true, methodIntegration: MOCK_200 } },
        "/pool": { GET: { authorizationType: "COGNITO_USER_POOLS", authorizerId: "auth01", methodIntegration: MOCK_200 } },
      },
    });
    t.deployments.deploy(snapshot, "a", { pool: a.pool.Id });
    t.deployments.deploy(snapshot, "b", { pool: b.pool.Id });
  });
  after(() => t.stop());

  const lastCause = async () =>
    ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { cause?: { id: string } }[] }).requests[0].cause;

  it("answers a method that requires an API key, called without one, with 403 Forbidden", async () => {
    const res = await fetch(invokeUrl(t, "options001", "a", "/keyed"));
    assert.equal(res.status, 403);
    assert.equal(await res.text(), '{"message":"Forbidden"}');
    assert.equal(res.headers.get("x-amzn-errortype"), "ForbiddenException");
    assert.equal((await lastCause())?.id, "request.api-key");
    t.deployments.addApiKey("key-of-stage-a-000000", { id: "key0000001", enabled: true, stages: ["options001/a"] });
    assert.equal((await fetch(invokeUrl(t, "options001", "a", "/keyed"), { headers: { "x-api-key": "key-of-stage-a-000000" } })).status, 200);
    assert.equal((await fetch(invokeUrl(t, "options001", "b", "/keyed"), { headers: { "x-api-key": "key-of-stage-a-000000" } })).status, 403);
  });

  it("resolves stage variables in provider ARNs per stage", async () => {
    const tokenA = a.tokens().IdToken!;
    const tokenB = b.tokens().IdToken!;
    assert.equal((await fetch(invokeUrl(t, "options001", "a", "/pool"), { headers: { authorization: tokenA } })).status, 200);
    assert.equal((await fetch(invokeUrl(t, "options001", "a", "/pool"), { headers: { authorization: tokenB } })).status, 401);
    assert.equal((await fetch(invokeUrl(t, "options001", "b", "/pool"), { headers: { authorization: tokenB } })).status, 200);
    assert.equal((await fetch(invokeUrl(t, "options001", "b", "/pool"), { headers: { authorization: tokenA } })).status, 401);
  });
});
