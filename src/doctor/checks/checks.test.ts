import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { sendHttp } from "../http-client.js";
import { probeTokenEndpoint } from "../inputs/oauth-setup.js";
import { checkAnswer, hiddenByCors, symptomOf } from "./answer.js";
import { checkAudience } from "./audience.js";
import { checkClockSkew, checkDateHeader } from "./clock-skew.js";
import { checkDeployed } from "./deployed.js";
import { checkPrivateEndpoint } from "./private-endpoint.js";

describe("doctor-only checks", () => {
  it("reads API Gateway answers as symptoms (the 401/403 table)", () => {
    const table: Array<[number, string, string]> = [
      [200, "{}", "success"],
      [401, '{"message":"Unauthorized"}', "unauthorized"],
      [401, '{"message":"The incoming token has expired"}', "expired"],
      [403, '{"message":"Missing Authentication Token"}', "missing-auth-token"],
      [403, `{"message":"'eyJ' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer eyJ'."}`, "sigv4-message"],
      [403, `{"message":"Authorization header requires 'Credential' parameter. Authorization=x"}`, "sigv4-message"],
      [403, '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:... with an explicit deny"}', "policy-deny"],
      [
        403,
        '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:... because no resource-based policy allows the execute-api:Invoke action"}',
        "policy-no-allow",
      ],
      [403, '{"Message":"User is not authorized to access this resource"}', "authorizer-no-allow"],
      [403, '{"Message":"User is not authorized to access this resource with an explicit deny"}', "authorizer-deny"],
      [403, '{"message":"Forbidden"}', "forbidden"],
      [500, '{"message":null}', "authorizer-config"],
      [500, '{"message":"Internal server error"}', "integration"],
      [418, "teapot", "other"],
    ];
    for (const [status, body, symptom] of table) assert.equal(symptomOf({ status, body }), symptom, body);
    const unauthorized = '{"message":"Unauthorized"}';
    assert.equal(checkAnswer({ status: 401, body: unauthorized }, { status: 401, body: unauthorized }).messageKey, "unauthorized");
    assert.equal(checkAnswer({ status: 401, body: '{ "message": "Unauthorized" }' }, { status: 401, body: unauthorized }).messageKey, "unauthorized");
    assert.equal(checkAnswer({ status: 204, body: "" }, { status: 200 }).status, "pass");
    const disagrees = checkAnswer({ status: 403, body: '{"message":"Forbidden"}' }, { status: 401, body: unauthorized });
    assert.deepEqual([disagrees.status, disagrees.messageKey], ["fail", "unexpected"]);
    const otherBody = checkAnswer({ status: 401, body: '{"message":"The incoming token has expired"}' }, { status: 401, body: unauthorized });
    assert.deepEqual([otherBody.status, otherBody.messageKey], ["fail", "unexpected"], "the same status with another body disagrees too");
  });

  it("knows a refusal a page cannot read: Origin sent, no Access-Control-Allow-Origin back", () => {
    assert.equal(hiddenByCors(401, { origin: "http://localhost:3000" }, { "content-type": "application/json" }), true);
    assert.equal(hiddenByCors(401, { origin: "http://localhost:3000" }, { "access-control-allow-origin": "*" }), false);
    assert.equal(hiddenByCors(401, {}, {}), false, "not from a page");
    assert.equal(hiddenByCors(200, { origin: "http://localhost:3000" }, {}), false, "not a refusal");
  });

  it("compares the deployed method with the current one (A2)", () => {
    const base = { stage: "dev", verb: "GET", path: "/pets", exportAvailable: true };
    const cognito = { authorizationType: "COGNITO_USER_POOLS", scopes: [] as string[], providerARNs: ["arn:a"] };
    assert.equal(checkDeployed({ ...base, current: cognito }).messageKey, "route-not-deployed");
    assert.equal(checkDeployed({ ...base, deployed: { authorizationType: "NONE" }, current: cognito }).messageKey, "authorization-changed");
    assert.equal(
      checkDeployed({
        ...base,
        deployed: { authorizationType: "COGNITO_USER_POOLS", scopes: ["s"], authorizer: { name: "a", type: "COGNITO_USER_POOLS", providerARNs: ["arn:a"] } },
        current: cognito,
      }).messageKey,
      "scopes-changed",
    );
    assert.equal(
      checkDeployed({
        ...base,
        deployed: { authorizationType: "COGNITO_USER_POOLS", scopes: [], authorizer: { name: "a", type: "COGNITO_USER_POOLS", providerARNs: ["arn:b"] } },
        current: cognito,
      }).messageKey,
      "authorizer-changed",
    );
    assert.equal(
      checkDeployed({ ...base, exportAvailable: false, deployed: { authorizationType: "COGNITO_USER_POOLS" }, current: cognito }).messageKey,
      "routes-only",
    );
  });

  it("names every authorizer and method setting a deployment froze that changed since (A2)", () => {
    const base = { stage: "dev", verb: "GET", path: "/pets", exportAvailable: true };
    const uri = (f: string) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:${f}/invocations`;
    const was = { name: "l", type: "TOKEN" as const, providerARNs: [], identitySource: "method.request.header.Authorization", authorizerUri: uri("a") };
    const deployed = { authorizationType: "CUSTOM", apiKeyRequired: false, authorizer: was };
    const same = {
      authorizationType: "CUSTOM",
      scopes: [],
      apiKeyRequired: false,
      authorizer: { ...was, identitySource: "method.request.header.authorization" },
    };
    assert.equal(checkDeployed({ ...base, deployed, current: same }).messageKey, "ok", "a header name's case is not a change");
    assert.equal(
      checkDeployed({ ...base, deployed, current: { ...same, authorizer: { ...same.authorizer, authorizerResultTtlInSeconds: 300 } } }).messageKey,
      "ok",
      "an unset TTL is 300 s",
    );
    const table: Array<[{ apiKeyRequired?: boolean; authorizer?: Record<string, unknown> }, string]> = [
      [{ authorizer: { authorizerUri: uri("b") } }, "authorizerUri"],
      [{ authorizer: { identitySource: "method.request.header.X-Token" } }, "identitySource"],
      [{ authorizer: { authorizerResultTtlInSeconds: 0 } }, "authorizerResultTtlInSeconds"],
      [{ authorizer: { identityValidationExpression: "^x$" } }, "identityValidationExpression"],
      [{ apiKeyRequired: true }, "apiKeyRequired"],
    ];
    for (const [change, setting] of table) {
      const current = { ...same, ...change, authorizer: { ...same.authorizer, ...change.authorizer } };
      const f = checkDeployed({ ...base, deployed, current });
      assert.deepEqual([f.status, f.messageKey, f.params?.settings], ["fail", "settings-changed", setting]);
    }
  });

  it("clock skew, audience and private endpoints", () => {
    assert.equal(checkClockSkew({ iat: 1000 }, 1000).status, "pass");
    assert.equal(checkClockSkew({ iat: 1100 }, 1000).status, "warn");
    assert.equal(checkClockSkew({}, 1000).status, "skip");
    assert.equal(checkClockSkew({ iat: 1005 }, 1000).status, "pass", "a few seconds are rounding");
    assert.equal(checkClockSkew({ iat: 1006 }, 1000).messageKey, "issued-in-future");
    const now = Date.parse("2026-01-01T00:00:00Z");
    assert.equal(checkDateHeader("Thu, 01 Jan 2026 00:01:00 GMT", now)?.status, "pass", "a minute is latency and rounding");
    assert.deepEqual(
      [checkDateHeader("Thu, 01 Jan 2026 00:01:01 GMT", now)?.messageKey, checkDateHeader("Thu, 01 Jan 2026 00:01:01 GMT", now)?.params?.seconds],
      ["server-ahead", 61],
    );
    assert.equal(checkDateHeader("Wed, 31 Dec 2025 23:50:00 GMT", now)?.messageKey, "server-behind");
    assert.equal(checkDateHeader(undefined, now), undefined);
    assert.equal(checkDateHeader("yesterday", now), undefined);
    assert.equal(checkAudience({ aud: "a" }, "a").status, "pass");
    assert.equal(checkAudience({ client_id: "b" }, "a").messageKey, "other-client");
    assert.equal(checkAudience({ aud: "a" }, undefined).status, "skip");
    assert.equal(checkPrivateEndpoint({ endpointTypes: ["REGIONAL"], viaVpce: false }).status, "skip");
    assert.equal(checkPrivateEndpoint({ endpointTypes: ["PRIVATE"], viaVpce: true }).messageKey, "no-policy");
    assert.equal(checkPrivateEndpoint({ endpointTypes: ["PRIVATE"], viaVpce: false, policy: "{}" }).messageKey, "outside-vpc");
    assert.equal(checkPrivateEndpoint({ endpointTypes: ["PRIVATE"], viaVpce: true, policy: "{}" }).status, "pass");
  });

  it("--probe: a form POST and a JSON POST to the token endpoint, answers recorded", async () => {
    const seen: string[] = [];
    // Answers as Cognito's token endpoint does: 400 invalid_grant for a form POST, 405 with no body otherwise.
    const server = createServer((req, res) => {
      seen.push(String(req.headers["content-type"]));
      if (req.headers["content-type"] === "application/x-www-form-urlencoded") {
        res.writeHead(400, { "content-type": "application/json;charset=UTF-8" });
        res.end('{"error":"invalid_grant"}');
      } else {
        res.writeHead(405, { "content-length": "0" });
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/token`;
      const probe = await probeTokenEndpoint(
        { grantType: "authorization_code", grantTypeLabel: "x", pkce: false, clientId: "c", tokenUrl: url, scopes: [] },
        sendHttp,
      );
      assert.deepEqual(probe, { url, formStatus: 400, formError: "invalid_grant", jsonStatus: 405 });
      assert.deepEqual(seen, ["application/x-www-form-urlencoded", "application/json"]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const down = await probeTokenEndpoint(
      { grantType: "authorization_code", grantTypeLabel: "x", pkce: false, clientId: "c", tokenUrl: "http://127.0.0.1:9/oauth2/token", scopes: [] },
      sendHttp,
    );
    assert.equal(down.unreachable, "ECONNREFUSED");
  });
});
