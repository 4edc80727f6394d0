import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import {
  cognitoAuthorizer,
  createPool,
  type InvokeServer,
  invokeUrl,
  MOCK_200,
  type PoolFixture,
  snapshotOf,
  startBackend,
  startInvokeServer,
} from "./invoke-fixture.js";

/**
 * Header values mapped from the request (query string, path, headers) can hold CR/LF or characters outside
 * Latin-1, which HTTP cannot carry. Such a value is dropped; the answer is the one the request would get without it.
 */
describe("invoke: mapped header values HTTP cannot carry are dropped, not a 500", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  let backend: Awaited<ReturnType<typeof startBackend>>;
  const API = "hdrvals001";

  before(async () => {
    t = await startInvokeServer();
    a = await createPool(t);
    backend = await startBackend();
    const cognito = { authorizationType: "COGNITO_USER_POOLS" as const, authorizerId: "auth01" };
    t.deployments.deploy(
      snapshotOf({
        apiId: API,
        authorizers: [cognitoAuthorizer([a.arn])],
        resources: {
          "/me": { GET: { ...cognito, methodIntegration: MOCK_200 } },
          "/items/{id}": { GET: { ...cognito, methodIntegration: MOCK_200 } },
          "/mock": {
            GET: {
              methodIntegration: {
                ...MOCK_200,
                integrationResponses: {
                  "200": {
                    statusCode: "200",
                    responseParameters: { "method.response.header.X-Mark": "'\u2713'", "method.response.header.X-Fine": "'fine'" },
                    responseTemplates: { "application/json": '{"ok":true}' },
                  },
                },
              },
            },
          },
          "/http": {
            GET: {
              methodIntegration: {
                type: "HTTP",
                httpMethod: "GET",
                uri: `${backend.url}/echo`,
                timeoutInMillis: 29000,
                requestParameters: { "integration.request.header.x-q": "method.request.querystring.q" },
                integrationResponses: { "200": { statusCode: "200" } },
              },
            },
          },
        },
        gatewayResponses: [
          {
            responseType: "UNAUTHORIZED",
            statusCode: "401",
            defaultResponse: false,
            responseParameters: {
              "gatewayresponse.header.X-Q": "method.request.querystring.q",
              "gatewayresponse.header.X-P": "method.request.path.id",
              "gatewayresponse.header.X-Static": "'\u00e9t\u00e9 \u2713'",
              "gatewayresponse.header.X-Ok": "'ok'",
            },
          },
        ],
      }),
      "dev",
    );
  });
  after(async () => {
    await t.stop();
    await backend.close();
  });

  const url = (path: string) => invokeUrl(t, API, "dev", path);

  it("a query value with CR/LF (header injection) still answers the customised 401, without the header", async () => {
    const res = await fetch(url("/me?q=a%0d%0aSet-Cookie:%20owned=1"));
    assert.equal(res.status, 401);
    assert.equal(res.headers.get("x-amzn-errortype"), "UnauthorizedException");
    assert.equal(res.headers.get("x-q"), null);
    assert.equal(res.headers.get("set-cookie"), null);
    assert.equal(res.headers.get("x-ok"), "ok", "the other mapped headers are kept");
    assert.deepEqual(await res.json(), { message: "Unauthorized" });
  });

  it("a query value outside Latin-1 is dropped; Latin-1 and plain values are kept", async () => {
    const emoji = await fetch(url("/me?q=%F0%9F%92%A9"));
    assert.equal(emoji.status, 401);
    assert.equal(emoji.headers.get("x-q"), null);
    assert.equal(emoji.headers.get("x-static"), null, "a static value outside Latin-1 is dropped too");
    const plain = await fetch(url("/me?q=hello"));
    assert.equal(plain.headers.get("x-q"), "hello");
    const latin1 = await new Promise<string | undefined>((resolve, reject) => {
      request(`${url("/me")}?q=caf%C3%A9`, (res) => {
        res.resume();
        resolve(res.headers["x-q"] as string | undefined);
      })
        .on("error", reject)
        .end();
    });
    assert.equal(latin1, "caf\u00e9", "é is Latin-1 (obs-text), which HTTP carries");
  });

  it("a path parameter with a line feed is dropped from the 401", async () => {
    const res = await fetch(url("/items/a%0ab"));
    assert.equal(res.status, 401);
    assert.equal(res.headers.get("x-p"), null);
    const plain = await fetch(url("/items/a%20b"));
    assert.equal(plain.headers.get("x-p"), "a b");
  });

  it("an integration response header outside Latin-1 is dropped, not a 500", async () => {
    const res = await fetch(url("/mock"));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("x-mark"), null);
    assert.equal(res.headers.get("x-fine"), "fine");
    assert.deepEqual(await res.json(), { ok: true });
  });

  it("an integration request header mapped from a query value with CR/LF is not sent, and the backend is still called", async () => {
    const hits = backend.hits;
    const res = await fetch(url("/http?q=a%0d%0ab"));
    assert.equal(res.status, 200);
    assert.equal(backend.hits, hits + 1);
    assert.equal(backend.last?.headers["x-q"], undefined);
    await fetch(url("/http?q=plain"));
    assert.equal(backend.last?.headers["x-q"], "plain");
  });
});
