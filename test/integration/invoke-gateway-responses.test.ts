import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cognitoAuthorizer, createPool, type InvokeServer, invokeUrl, MOCK_200, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

describe("invoke: gateway response customisation (PutGatewayResponse, deployed)", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  before(async () => {
    t = await startInvokeServer();
    a = await createPool(t);
    const resources = { "/me": { GET: { authorizationType: "COGNITO_USER_POOLS" as const, authorizerId: "auth01", methodIntegration: MOCK_200 } } };
    t.deployments.deploy(
      snapshotOf({
        apiId: "custom0001",
        authorizers: [cognitoAuthorizer([a.arn])],
        resources,
        gatewayResponses: [
          {
            responseType: "UNAUTHORIZED",
            statusCode: "401",
            defaultResponse: false,
            responseParameters: {
              "gatewayresponse.header.Access-Control-Allow-Origin": "'*'",
              "gatewayresponse.header.X-Stage": "stageVariables.colour",
              "gatewayresponse.header.X-Echo": "method.request.header.x-trace",
            },
            responseTemplates: {
              "application/json":
                '{"error":{"type":"$context.error.responseType","text":$context.error.messageString,"raw":"$context.error.message","id":"$context.requestId","stage":"$context.stage"}}',
            },
          },
          {
            responseType: "DEFAULT_4XX",
            statusCode: "418",
            defaultResponse: false,
            responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'https://app.example'" },
          },
        ],
      }),
      "dev",
      { colour: "blue" },
    );
    t.deployments.deploy(snapshotOf({ apiId: "plain00001", authorizers: [cognitoAuthorizer([a.arn])], resources }), "dev");
  });
  after(() => t.stop());

  it("renders a customised UNAUTHORIZED: status, headers and template substitutions", async () => {
    const res = await fetch(invokeUrl(t, "custom0001", "dev", "/me"), { headers: { "x-trace": "t-1" } });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get("access-control-allow-origin"), "*");
    assert.equal(res.headers.get("x-stage"), "blue");
    assert.equal(res.headers.get("x-echo"), "t-1");
    assert.equal(res.headers.get("x-amzn-errortype"), "UnauthorizedException");
    const body = (await res.json()) as { error: Record<string, string> };
    assert.deepEqual({ ...body.error, id: undefined }, { type: "UNAUTHORIZED", text: "Unauthorized", raw: "Unauthorized", id: undefined, stage: "dev" });
    assert.equal(body.error.id, res.headers.get("x-amzn-requestid"));
  });

  it("renders expiry through the customised UNAUTHORIZED too", async () => {
    const token = a.tokens().IdToken!;
    t.clock.advance(7200_000);
    try {
      const res = await fetch(invokeUrl(t, "custom0001", "dev", "/me"), { headers: { authorization: token } });
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { text: string } }).error.text, "The incoming token has expired");
    } finally {
      t.clock.advance(-7200_000);
    }
  });

  it("applies a customised DEFAULT_4XX to other 4xx types, keeping their error type", async () => {
    const res = await fetch(invokeUrl(t, "custom0001", "dev", "/nope"));
    assert.equal(res.status, 418);
    assert.equal(res.headers.get("access-control-allow-origin"), "https://app.example");
    assert.equal(res.headers.get("x-amzn-errortype"), "MissingAuthenticationTokenException");
    assert.equal(await res.text(), '{"message":"Missing Authentication Token"}');
  });

  it("has no CORS headers by default, and records why a browser would see a CORS error", async () => {
    const res = await fetch(invokeUrl(t, "plain00001", "dev", "/me"), { headers: { origin: "https://app.example" } });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get("access-control-allow-origin"), null);
    const rec = ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { checks: { id: string; status: string }[] }[] })
      .requests[0];
    assert.deepEqual(
      rec.checks.find((c) => c.id === "cors.gateway-responses"),
      { id: "cors.gateway-responses", status: "warn", messageKey: "missing" },
    );
  });

  it("flags a CORS preflight that runs into the Cognito authorizer", async () => {
    t.deployments.deploy(
      snapshotOf({
        apiId: "anyauth001",
        authorizers: [cognitoAuthorizer([a.arn])],
        resources: { "/x": { ANY: { authorizationType: "COGNITO_USER_POOLS", authorizerId: "auth01", methodIntegration: MOCK_200 } } },
      }),
      "dev",
    );
    const res = await fetch(invokeUrl(t, "anyauth001", "dev", "/x"), {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "GET" },
    });
    assert.equal(res.status, 401);
    const rec = (
      (await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as {
        requests: { checks: { id: string; status: string }[]; cause: { id: string } }[];
      }
    ).requests[0];
    assert.equal(rec.checks.find((c) => c.id === "cors.preflight-authorizer")?.status, "fail");
    // The API lacks an OPTIONS method without authorization; the missing token is not the cause.
    assert.equal(rec.cause.id, "cors.preflight-authorizer");
  });
});
