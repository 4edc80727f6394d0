import assert from "node:assert/strict";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { Integration } from "../../src/shapes/apigateway.js";
import { cognitoAuthorizer, createPool, type InvokeServer, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

/**
 * Path and encoding corpus through the invoke path: dot segments in every encoding, separators, NUL and overlong
 * UTF-8, sent as-is (node:http does not resolve dot segments as fetch does) through a public `{proxy+}` method
 * (authorizationType NONE) and Cognito-protected ones. A loopback backend records the raw path of every hit.
 */
const CORPUS = [
  "..",
  "../private",
  "../../../../etc/passwd",
  "%2e%2e",
  "%2e%2e/private",
  "%2E./private",
  ".%2e/private",
  "%2e%2e%2fprivate",
  "..%2f",
  "..%2fprivate",
  "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
  "a%2f..%2f..%2fprivate",
  "..%5c",
  "..%5cprivate",
  "..%5C..%5C..%5Cetc%5Cpasswd",
  "%252e%252e%252f",
  "%252e%252e%252fprivate",
  "%25252e%25252e%25252fprivate",
  ";",
  "..;/private",
  "..%3b/private",
  "a;b/c",
  "\\",
  "..\\private",
  "..\\..\\etc\\passwd",
  "%00",
  "..%00/private",
  "a%00b",
  "%c0%ae%c0%ae%2fprivate",
  "%c0%ae%c0%ae/private",
  "%e0%80%ae%e0%80%ae%2fprivate",
  "%2f%2f..%2f..%2fprivate",
  "x/../../private",
  "x/%2e%2e/%2e%2e/private",
  ".",
  "%2e",
  "./private",
  "%2e%2fprivate",
  "/..//private",
  "..//..//private",
  "%2f..%2f..%2fprivate",
];

/** What a backend that decodes once and resolves dot segments at "/" or "\" would serve for a raw path. */
function servedPath(raw: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.split("?")[0]);
  } catch {
    decoded = raw.split("?")[0];
  }
  const out: string[] = [];
  for (const piece of decoded.split(/[\\/]/).slice(1)) {
    const p = piece.split(";", 1)[0];
    if (p === "..") out.pop();
    else if (p !== ".") out.push(piece);
  }
  return `/${out.join("/")}`;
}

describe("invoke: path and encoding corpus (no request reaches another method's backend path)", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  let backend: Server;
  const hits: string[] = [];
  const API = "corpus0001";

  const send = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port: t.port, path: `/_aws/execute-api/${API}/dev${path}`, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      });
      req.on("error", reject);
      req.end();
    });

  before(async () => {
    backend = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("backend");
    });
    await new Promise<void>((r) => backend.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
    t = await startInvokeServer();
    a = await createPool(t);
    const proxy = (uri: string, greedy: boolean): Integration => ({
      type: "HTTP_PROXY",
      httpMethod: "ANY",
      uri,
      timeoutInMillis: 29000,
      ...(greedy ? { requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" } } : {}),
    });
    const cognito = { authorizationType: "COGNITO_USER_POOLS" as const, authorizerId: "auth01" };
    t.deployments.deploy(
      snapshotOf({
        apiId: API,
        authorizers: [cognitoAuthorizer([a.arn])],
        resources: {
          "/public/{proxy+}": { ANY: { methodIntegration: proxy(`${origin}/public/{proxy}`, true) } },
          "/items/{id}": { GET: { methodIntegration: proxy(`${origin}/items/{id}`, false) } },
          "/private": { GET: { ...cognito, methodIntegration: proxy(`${origin}/private`, false) } },
          "/private/{proxy+}": { ANY: { ...cognito, methodIntegration: proxy(`${origin}/private/{proxy}`, true) } },
        },
      }),
      "dev",
    );
  });
  after(async () => {
    await t.stop();
    await new Promise<void>((r) => {
      backend.close(() => r());
      backend.closeAllConnections();
    });
  });

  /** Sends one request and returns the raw backend paths it caused (requests are sequential). */
  const probe = async (path: string, headers?: Record<string, string>) => {
    const before = hits.length;
    const res = await send(path, headers);
    return { ...res, reached: hits.slice(before) };
  };

  it("controls: each method reaches its own mapping, and a greedy %2F is forwarded as a separator (as AWS does)", async () => {
    assert.deepEqual((await probe("/public/a/b%20c")).reached, ["/public/a/b%20c"]);
    assert.deepEqual((await probe("/public/a%2fb")).reached, ["/public/a/b"]);
    assert.deepEqual((await probe("/items/a%2fb")).reached, ["/items/a%2Fb"], "a {param} value stays one backend segment");
    const unauthorized = await probe("/private/x");
    assert.equal(unauthorized.status, 401);
    assert.deepEqual(unauthorized.reached, []);
    assert.deepEqual((await probe("/private/x", { authorization: a.tokens().IdToken! })).reached, ["/private/x"]);
  });

  it("refuses the reported traversal: GET /public/..%2fprivate never reaches /private", async () => {
    const res = await probe("/public/..%2fprivate");
    assert.equal(res.status, 400);
    assert.equal(res.body, '{"message":"Bad Request"}');
    assert.deepEqual(res.reached, []);
    const passwd = await probe("/public/..%2f..%2f..%2f..%2fetc%2fpasswd");
    assert.equal(passwd.status, 400);
    assert.deepEqual(passwd.reached, []);
  });

  it("refuses it the same through the legacy _user_request_ and Host forms", async () => {
    const legacy = await new Promise<number>((resolve, reject) => {
      request({ host: "127.0.0.1", port: t.port, path: `/restapis/${API}/dev/_user_request_/public/..%2fprivate` }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on("error", reject)
        .end();
    });
    const host = await new Promise<number>((resolve, reject) => {
      request({ host: "127.0.0.1", port: t.port, path: "/dev/public/..%2f..%2fetc%2fpasswd", headers: { host: `${API}.execute-api.localhost` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on("error", reject)
        .end();
    });
    assert.deepEqual([legacy, host], [400, 400]);
    assert.ok(!hits.some((h) => servedPath(h).startsWith("/etc") || servedPath(h) === "/private"));
  });

  for (const [prefix, mapping] of [
    ["/public/", "/public/"],
    ["/items/", "/items/"],
  ] as const)
    it(`public ${prefix}{corpus}: no 5xx, and any backend hit stays below ${mapping}`, async () => {
      for (const entry of CORPUS) {
        const res = await probe(`${prefix}${entry}`);
        assert.ok(res.status < 500, `${prefix}${entry} answered ${res.status} ${res.body}`);
        for (const raw of res.reached) {
          assert.ok(raw.startsWith(mapping), `${prefix}${entry} reached ${raw}`);
          assert.ok(servedPath(raw).startsWith(mapping), `${prefix}${entry} reached ${raw}, served as ${servedPath(raw)}`);
        }
      }
    });

  it("protected /private and /private/{proxy+}: no token, no backend hit and no 5xx for any corpus entry", async () => {
    const before = hits.length;
    for (const entry of CORPUS) {
      for (const path of [`/private/${entry}`, `/private${entry.startsWith(".") ? "/" : ""}${entry}`]) {
        const res = await send(path);
        assert.ok(res.status < 500, `${path} answered ${res.status} ${res.body}`);
      }
    }
    assert.deepEqual(hits.slice(before), []);
  });

  it("protected with a token: no 5xx, and any backend hit stays below /private", async () => {
    const authorization = a.tokens().IdToken!;
    for (const entry of CORPUS) {
      const res = await probe(`/private/${entry}`, { authorization });
      assert.ok(res.status < 500, `/private/${entry} answered ${res.status} ${res.body}`);
      for (const raw of res.reached) assert.ok(servedPath(raw).startsWith("/private"), `/private/${entry} reached ${raw}`);
    }
  });

  it("no corpus entry, from any method, reached /etc/passwd or escaped the three mappings", () => {
    assert.ok(hits.length > 0);
    for (const raw of hits) {
      const served = servedPath(raw);
      assert.ok(!served.startsWith("/etc/"), raw);
      assert.ok(
        ["/public/", "/items/", "/private"].some((m) => served.startsWith(m)),
        `${raw} served as ${served}`,
      );
    }
  });
});
