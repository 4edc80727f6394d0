import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { createLogger } from "../../src/platform/log.js";
import type { Integration } from "../../src/shapes/apigateway.js";
import { type InvokeServer, invokeUrl, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

const echo: Integration = {
  type: "MOCK",
  timeoutInMillis: 29000,
  requestTemplates: { "application/json": '{"statusCode": 200}' },
  integrationResponses: {
    "200": {
      statusCode: "200",
      responseTemplates: {
        "application/json":
          '{"resource":"$context.resourcePath","method":"$context.httpMethod","id":"$input.params(\'id\')","proxy":"$input.params(\'proxy\')"}',
      },
    },
  },
};

function rawGet(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("invoke: URL forms, stages and routing", () => {
  let t: InvokeServer;
  const API = "route00001";
  before(async () => {
    t = await startInvokeServer();
    t.deployments.deploy(
      snapshotOf({
        apiId: API,
        resources: {
          "/": { GET: { methodIntegration: echo } },
          "/pets": { GET: { methodIntegration: echo } },
          "/pets/{id}": { GET: { methodIntegration: echo } },
          "/pets/special": { GET: { methodIntegration: echo } },
          "/files/{proxy+}": { ANY: { methodIntegration: echo } },
          "/iam": { GET: { authorizationType: "AWS_IAM", methodIntegration: echo } },
          "/custom": { GET: { authorizationType: "CUSTOM", authorizerId: "lambda1", methodIntegration: echo } },
        },
      }),
      "dev",
    );
    t.deployments.deploy(snapshotOf({ apiId: "disabled01", disableExecuteApiEndpoint: true, resources: { "/": { GET: { methodIntegration: echo } } } }), "dev");
  });
  after(() => t.stop());

  const get = (path: string, init: RequestInit = {}) => fetch(invokeUrl(t, API, "dev", path), init);
  const cause = async () =>
    ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { cause?: { id: string; messageKey: string } }[] }).requests[0].cause;

  it("routes the stage root, literal paths, path parameters and greedy proxies", async () => {
    assert.deepEqual(await (await get("/")).json(), { resource: "/", method: "GET", id: "", proxy: "" });
    assert.deepEqual(await (await get("/pets/123")).json(), { resource: "/pets/{id}", method: "GET", id: "123", proxy: "" });
    assert.deepEqual(await (await get("/pets/special")).json(), { resource: "/pets/special", method: "GET", id: "", proxy: "" }, "a literal beats a parameter");
    assert.deepEqual(await (await get("/files/a/b%20c/d")).json(), { resource: "/files/{proxy+}", method: "GET", id: "", proxy: "a/b c/d" });
    const post = await get("/files/x", { method: "POST", body: "{}" });
    assert.equal(post.status, 200);
    assert.equal(((await post.json()) as { method: string }).method, "POST", "ANY takes every method");
  });

  it("answers an unknown path with 403 Missing Authentication Token", async () => {
    const res = await get("/nope");
    assert.equal(res.status, 403);
    assert.equal(await res.text(), '{"message":"Missing Authentication Token"}');
    assert.equal(res.headers.get("x-amzn-errortype"), "MissingAuthenticationTokenException");
    assert.deepEqual(await cause(), { id: "request.route", messageKey: "no-resource", actual: "/nope", expected: "a resource path of the deployed API" });
  });

  it("answers a method the resource lacks the same way", async () => {
    const res = await get("/pets", { method: "DELETE" });
    assert.equal(res.status, 403);
    assert.equal(await res.text(), '{"message":"Missing Authentication Token"}');
    assert.equal((await cause())?.messageKey, "no-method");
  });

  it("answers an unknown route with a Bearer token with the SigV4 'missing equal-sign' message", async () => {
    const res = await get("/nope", { headers: { authorization: "Bearer abc.def.ghi" } });
    assert.equal(res.status, 403);
    assert.equal(
      await res.text(),
      JSON.stringify({ message: "'abc.def.ghi' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer abc.def.ghi'." }),
    );
    assert.equal(res.headers.get("x-amzn-errortype"), "IncompleteSignatureException");
  });

  it("answers an unknown route with a bare token with the 'requires Credential' message", async () => {
    const res = await get("/nope", { headers: { authorization: "abc.def.ghi" } });
    assert.equal(res.status, 403);
    assert.equal(
      ((await res.json()) as { message: string }).message,
      "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=abc.def.ghi",
    );
    assert.equal(res.headers.get("x-amzn-errortype"), "IncompleteSignatureException");
  });

  it("answers an unknown or missing stage with 403 Forbidden", async () => {
    for (const url of [invokeUrl(t, API, "prod", "/pets"), `${t.url}/_aws/execute-api/${API}`]) {
      const res = await fetch(url);
      assert.equal(res.status, 403);
      assert.equal(await res.text(), '{"message":"Forbidden"}');
      assert.equal(res.headers.get("x-amzn-errortype"), "ForbiddenException");
      assert.equal((await cause())?.id, "request.stage");
    }
  });

  it("answers a disabled execute-api endpoint with 403 Forbidden", async () => {
    const res = await fetch(invokeUrl(t, "disabled01", "dev", "/"));
    assert.equal(res.status, 403);
    assert.equal(await res.text(), '{"message":"Forbidden"}');
    assert.equal((await cause())?.messageKey, "endpoint-disabled");
  });

  it("answers an unknown API id with a 404 naming it", async () => {
    const res = await fetch(invokeUrl(t, "zzzzzzzzzz", "dev", "/"));
    assert.equal(res.status, 404);
    assert.match(await res.text(), /zzzzzzzzzz/);
  });

  it("serves the host form and the legacy _user_request_ form", async () => {
    const host = await rawGet(t.port, "/dev/pets/7", { host: `${API}.execute-api.localhost:${t.port}` });
    assert.equal(host.status, 200);
    assert.equal(JSON.parse(host.body).id, "7");
    const legacy = await fetch(`${t.url}/restapis/${API}/dev/_user_request_/pets/8`);
    assert.equal(((await legacy.json()) as { id: string }).id, "8");
  });

  it("fails AWS_IAM methods closed with AWS's answers", async () => {
    const unsigned = await get("/iam");
    assert.equal(unsigned.status, 403);
    assert.equal(await unsigned.text(), '{"message":"Missing Authentication Token"}');
    const jwt = await get("/iam", { headers: { authorization: "Bearer x.y.z" } });
    assert.equal(jwt.status, 403);
    assert.equal(jwt.headers.get("x-amzn-errortype"), "IncompleteSignatureException");
    const signed = await get("/iam", {
      headers: { authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=00" },
    });
    assert.equal(signed.status, 403);
    assert.equal(signed.headers.get("x-amzn-errortype"), "InvalidSignatureException");
    assert.equal((await cause())?.id, "method.authorization-type");
  });

  it("answers CUSTOM (Lambda) authorizers with 500 AUTHORIZER_CONFIGURATION_ERROR", async () => {
    const res = await get("/custom", { headers: { authorization: "allow" } });
    assert.equal(res.status, 500);
    assert.equal(await res.text(), '{"message":null}');
    assert.equal(res.headers.get("x-amzn-errortype"), "AuthorizerConfigurationException");
  });

  it("lists recent invocations at /_poolgate/requests, newest first", async () => {
    await get("/pets/1");
    await get("/nope");
    const body = (await (await fetch(`${t.url}/_poolgate/requests?limit=2`)).json()) as { requests: Record<string, unknown>[] };
    assert.equal(body.requests.length, 2);
    const [refused, allowed] = body.requests;
    assert.equal(refused.path, "/dev/nope");
    assert.equal(refused.status, 403);
    assert.equal(refused.decision, "deny");
    assert.equal(refused.apiId, API);
    assert.equal(refused.stage, "dev");
    assert.equal(refused.method, "GET");
    assert.match(String(refused.time), /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual((refused.cause as { id: string }).id, "request.route");
    assert.ok(Array.isArray(refused.checks));
    assert.equal(allowed.decision, "allow");
    assert.equal(allowed.cause, undefined);
  });
});

describe("invoke: the server log names the failed check", () => {
  it("logs one info line per refusal with the check id, and nothing for allowed requests", async () => {
    const lines: string[] = [];
    const t = await startInvokeServer(
      {},
      createLogger("info", (l) => lines.push(l)),
    );
    try {
      t.deployments.deploy(snapshotOf({ apiId: "logs000001", resources: { "/": { GET: { methodIntegration: echo } } } }), "dev");
      await fetch(invokeUrl(t, "logs000001", "dev", "/"));
      assert.equal(lines.filter((l) => l.includes("execute-api")).length, 0);
      await fetch(invokeUrl(t, "logs000001", "dev", "/missing"), { headers: { authorization: "Bearer secret.token.value" } });
      const refused = lines.filter((l) => l.includes("execute-api refused"));
      assert.equal(refused.length, 1);
      assert.match(refused[0], /^\[poolgate\] info execute-api refused GET \/dev\/missing: 403 by check request\.route \(no-resource\)/);
      assert.doesNotMatch(refused[0], /secret\.token/, "the token is not logged");
    } finally {
      await t.stop();
    }
  });
});

describe("invoke: --diagnostic-header", () => {
  it("adds x-poolgate-reason with the failed check only when asked", async () => {
    const t = await startInvokeServer({ diagnosticHeader: true });
    try {
      t.deployments.deploy(snapshotOf({ apiId: "diag000001", resources: { "/": { GET: { methodIntegration: echo } } } }), "dev");
      const res = await fetch(invokeUrl(t, "diag000001", "dev", "/missing"));
      assert.equal(res.status, 403);
      assert.equal(res.headers.get("x-poolgate-reason"), "request.route.no-resource");
      const ok = await fetch(invokeUrl(t, "diag000001", "dev", "/"));
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get("x-poolgate-reason"), null);
    } finally {
      await t.stop();
    }
  });
});
