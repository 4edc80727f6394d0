import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Integration } from "../../src/shapes/apigateway.js";
import {
  cognitoAuthorizer,
  createPool,
  type InvokeServer,
  invokeUrl,
  type PoolFixture,
  snapshotOf,
  startBackend,
  startInvokeServer,
} from "./invoke-fixture.js";

const dir = mkdtempSync(join(tmpdir(), "poolgate-lambda-"));
const handlerFile = join(dir, "fn.mjs");
writeFileSync(
  handlerFile,
  `export const handler = async (event) => ({ statusCode: 200, headers: { "x-fn": "echo" }, multiValueHeaders: { "set-cookie": ["a=1", "b=2"] }, body: JSON.stringify(event) });
export const boom = async () => { throw new Error("kaboom"); };
export const malformed = async () => ({ body: { not: "a string" } });
export const legacy = (event, context, callback) => callback(null, { statusCode: 201, body: context.functionName });
export const mutate = async (event) => {
  const seen = { id: event.pathParameters.id, backend: event.stageVariables.backend };
  event.pathParameters.id = "changed";
  event.stageVariables.backend = "changed";
  return { statusCode: 200, body: JSON.stringify(seen) };
};
`,
);
const lambdaUri = (name: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${name}/invocations`;
const proxy = (name: string): Integration => ({ type: "AWS_PROXY", httpMethod: "POST", uri: lambdaUri(name), timeoutInMillis: 29000 });

describe("invoke: integrations", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  let backend: Awaited<ReturnType<typeof startBackend>>;
  const API = "integr0001";

  before(async () => {
    t = await startInvokeServer({
      lambdas: [
        `echo=${handlerFile}#handler`,
        `arn:aws:lambda:us-east-1:000000000000:function:boom=${handlerFile}#boom`,
        `malformed=${handlerFile}#malformed`,
        `legacy=${handlerFile}#legacy`,
        `mutate=${handlerFile}#mutate`,
      ],
    });
    a = await createPool(t, "app", ["admins", "staff"]);
    backend = await startBackend();
    const cognito = { authorizationType: "COGNITO_USER_POOLS" as const, authorizerId: "auth01" };
    t.deployments.deploy(
      snapshotOf({
        apiId: API,
        authorizers: [cognitoAuthorizer([a.arn])],
        resources: {
          "/proxy/{proxy+}": {
            ANY: {
              methodIntegration: {
                type: "HTTP_PROXY",
                httpMethod: "ANY",
                // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway syntax, not a JS template
                uri: "${stageVariables.backend}/up/{proxy}",
                requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" },
                timeoutInMillis: 29000,
              },
            },
          },
          "/http/{id}": {
            POST: {
              ...cognito,
              methodIntegration: {
                type: "HTTP",
                httpMethod: "POST",
                // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway syntax, not a JS template
                uri: "${stageVariables.backend}/items/{id}",
                timeoutInMillis: 29000,
                requestParameters: { "integration.request.header.x-user": "context.authorizer.claims.email", "integration.request.querystring.v": "'2'" },
                requestTemplates: {
                  "application/json":
                    '{"name":$input.json(\'$.name\'),"user":"$context.authorizer.claims[\'cognito:username\']","id":"$input.params(\'id\')","esc":"$util.escapeJavaScript($input.path(\'$.name\'))"}',
                },
                integrationResponses: {
                  "200": {
                    statusCode: "200",
                    responseTemplates: { "application/json": "{\"backendSaw\":$input.json('$.body')}" },
                    responseParameters: { "method.response.header.x-from": "integration.response.header.x-backend" },
                  },
                },
              },
            },
          },
          "/mock": {
            GET: {
              methodIntegration: {
                type: "MOCK",
                timeoutInMillis: 29000,
                requestTemplates: { "application/json": "{\"statusCode\": $input.params('code')}" },
                integrationResponses: {
                  "200": { statusCode: "200", responseTemplates: { "application/json": '{"found":true}' } },
                  "404": {
                    statusCode: "404",
                    selectionPattern: "4\\d\\d",
                    responseTemplates: { "application/json": '{"found":false,"rid":"$context.requestId"}' },
                  },
                },
              },
            },
          },
          "/fn": { GET: { ...cognito, methodIntegration: proxy("echo") }, POST: { methodIntegration: proxy("echo") } },
          "/boom": { GET: { methodIntegration: proxy("boom") } },
          "/malformed": { GET: { methodIntegration: proxy("malformed") } },
          "/legacy": { GET: { methodIntegration: proxy("legacy") } },
          "/mutate/{id}": { GET: { methodIntegration: proxy("mutate") } },
          "/unmapped": { GET: { methodIntegration: proxy("nobody") } },
        },
      }),
      "dev",
      { backend: backend.url },
    );
  });
  after(async () => {
    await t.stop();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const url = (path: string) => invokeUrl(t, API, "dev", path);

  it("HTTP_PROXY forwards method, {proxy} path, query, headers and body, and returns the backend's answer", async () => {
    const res = await fetch(url("/proxy/a/b%20c?x=1&x=2&y=z"), {
      method: "PUT",
      headers: { "x-custom": "hello", "content-type": "text/plain" },
      body: "payload",
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("x-backend"), "yes");
    assert.ok(res.headers.get("x-amzn-requestid"));
    assert.equal(backend.last?.method, "PUT");
    assert.equal(backend.last?.url, "/up/a/b%20c?x=1&x=2&y=z");
    assert.equal(backend.last?.headers["x-custom"], "hello");
    assert.equal(backend.last?.body, "payload");
  });

  it("HTTP (non-proxy) maps the request and response through templates, with claims and stage variables", async () => {
    const res = await fetch(url("/http/42"), {
      method: "POST",
      headers: { authorization: a.tokens().IdToken!, "content-type": "application/json" },
      body: JSON.stringify({ name: 'Rex "the dog"' }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("x-from"), "yes");
    assert.equal(backend.last?.url, "/items/42?v=2");
    assert.equal(backend.last?.headers["x-user"], "alice@example.com");
    assert.deepEqual(
      JSON.parse(backend.last!.body),
      { name: 'Rex "the dog"', user: "alice", id: "42", esc: 'Rex "the dog"' },
      "escapeJavaScript keeps the JSON valid",
    );
    const body = (await res.json()) as { backendSaw: string };
    assert.deepEqual(JSON.parse(body.backendSaw), JSON.parse(backend.last!.body));
  });

  it("MOCK takes its status from the request template and picks the integration response by selectionPattern", async () => {
    const ok = await fetch(url("/mock?code=200"));
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { found: true });
    const missing = await fetch(url("/mock?code=404"));
    assert.equal(missing.status, 404);
    const body = (await missing.json()) as { found: boolean; rid: string };
    assert.equal(body.found, false);
    assert.equal(body.rid, missing.headers.get("x-amzn-requestid"));
  });

  it("AWS_PROXY hands the handler a v1 proxy event with the claims as strings in AWS's formats", async () => {
    const token = a.tokens().IdToken!;
    const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as Record<string, unknown>;
    const res = await fetch(url("/fn?q=1&q=2"), { headers: { authorization: `Bearer ${token}`, "x-multi": "v" } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("x-fn"), "echo");
    assert.match(res.headers.get("x-amzn-trace-id") ?? "", /^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/);
    const event = (await res.json()) as Record<string, any>;
    assert.equal(event.resource, "/fn");
    assert.equal(event.path, "/fn");
    assert.equal(event.httpMethod, "GET");
    assert.deepEqual(event.queryStringParameters, { q: "2" });
    assert.deepEqual(event.multiValueQueryStringParameters, { q: ["1", "2"] });
    assert.equal(event.headers["x-multi"], "v");
    assert.equal(event.pathParameters, null);
    assert.equal(event.body, null);
    assert.equal(event.isBase64Encoded, false);
    const rc = event.requestContext;
    assert.equal(rc.stage, "dev");
    assert.equal(rc.path, "/dev/fn");
    assert.equal(rc.apiId, API);
    assert.equal(rc.resourcePath, "/fn");
    assert.equal(rc.requestId, res.headers.get("x-amzn-requestid"));
    assert.equal(rc.identity.sourceIp, "127.0.0.1");
    assert.match(rc.requestTime, /^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/);
    const c = rc.authorizer.claims as Record<string, string>;
    for (const v of Object.values(c)) assert.equal(typeof v, "string");
    assert.match(c.exp, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d UTC \d{4}$/);
    assert.equal(c.auth_time, String(claims.auth_time));
    assert.equal(c.email_verified, "true");
    assert.equal(c["cognito:groups"], "admins,staff");
    assert.equal(c["cognito:username"], "alice");
    assert.equal(c.sub, claims.sub);
  });

  it("AWS_PROXY without an authorizer: claims null, body passed as a string", async () => {
    const res = await fetch(url("/fn"), { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } });
    const event = (await res.json()) as Record<string, any>;
    assert.equal(event.requestContext.authorizer.claims, null);
    assert.equal(event.body, '{"a":1}');
  });

  it("AWS_PROXY failures: a throwing handler and a malformed answer are 502, an unmapped function 500", async () => {
    for (const path of ["/boom", "/malformed"]) {
      const res = await fetch(url(path));
      assert.equal(res.status, 502);
      assert.equal(await res.text(), '{"message":"Internal server error"}');
    }
    const unmapped = await fetch(url("/unmapped"));
    assert.equal(unmapped.status, 500);
    assert.equal(await unmapped.text(), '{"message":"Internal server error"}');
    const rec = ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { cause?: { id: string; actual?: string } }[] })
      .requests[0];
    assert.equal(rec.cause?.id, "integration");
    assert.match(String(rec.cause?.actual), /nobody/);
  });

  it("AWS_PROXY: a handler that changes its event changes nothing for the next request", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(url("/mutate/7"));
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { id: "7", backend: backend.url });
    }
  });

  it("AWS_PROXY supports callback-style handlers", async () => {
    const res = await fetch(url("/legacy"));
    assert.equal(res.status, 201);
    assert.equal(await res.text(), "legacy");
  });
});
