import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { signRs256 } from "../../src/jwt/jwt.js";
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

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const parts = (t: string) => t.split(".") as [string, string, string];
const payloadOf = (t: string) => JSON.parse(Buffer.from(parts(t)[1], "base64url").toString()) as Record<string, unknown>;

/** Raw request, so header bytes reach the server exactly as written (fetch would refuse some of them). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("invoke: forged and garbled tokens never reach the integration", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  let b: PoolFixture;
  let backend: Awaited<ReturnType<typeof startBackend>>;
  const API = "forged0001";

  before(async () => {
    t = await startInvokeServer();
    backend = await startBackend();
    a = await createPool(t, "a");
    b = await createPool(t, "b");
    t.deployments.deploy(
      snapshotOf({
        apiId: API,
        authorizers: [cognitoAuthorizer([a.arn])],
        resources: {
          "/secret": {
            GET: {
              authorizationType: "COGNITO_USER_POOLS",
              authorizerId: "auth01",
              methodIntegration: { type: "HTTP_PROXY", httpMethod: "GET", uri: `${backend.url}/secret`, timeoutInMillis: 29000 },
            },
          },
        },
      }),
      "prod",
    );
  });
  after(async () => {
    await t.stop();
    await backend.close();
  });

  const url = () => invokeUrl(t, API, "prod", "/secret");

  const forgeries: [string, () => string][] = [
    ["alg none, empty signature", () => `${b64({ alg: "none" })}.${parts(a.tokens().IdToken!)[1]}.`],
    ["alg none with the original signature", () => `${b64({ kid: "x", alg: "none" })}.${parts(a.tokens().IdToken!)[1]}.${parts(a.tokens().IdToken!)[2]}`],
    [
      "HS256 signed with the pool's public key",
      () => {
        const keys = t.app.services.keys.forPool(a.pool.Id)!;
        const pem = keys.id.publicKey.export({ type: "spki", format: "pem" }) as string;
        const input = `${b64({ kid: keys.id.kid, alg: "HS256" })}.${parts(a.tokens().IdToken!)[1]}`;
        return `${input}.${createHmac("sha256", pem).update(input).digest("base64url")}`;
      },
    ],
    ["signature stripped", () => parts(a.tokens().IdToken!).slice(0, 2).join(".") + "."],
    ["signature of another token", () => `${parts(a.tokens().IdToken!).slice(0, 2).join(".")}.${parts(b.tokens().IdToken!)[2]}`],
    [
      "claims altered (username)",
      () => {
        const [h, , s] = parts(a.tokens().IdToken!);
        return `${h}.${b64({ ...payloadOf(a.tokens().IdToken!), "cognito:username": "admin" })}.${s}`;
      },
    ],
    ["unknown kid", () => `${b64({ kid: "AAAA", alg: "RS256" })}.${parts(a.tokens().IdToken!)[1]}.${parts(a.tokens().IdToken!)[2]}`],
    ["a valid token of another pool", () => b.tokens().IdToken!],
    [
      "signed by another pool's key, claiming this pool's issuer",
      () => {
        const kb = t.app.services.keys.forPool(b.pool.Id)!;
        return signRs256(payloadOf(a.tokens().IdToken!), kb.id.kid, kb.id.privateKey);
      },
    ],
    [
      "kid of this pool's access key on an ID token signed by another pool",
      () => {
        const ka = t.app.services.keys.forPool(a.pool.Id)!;
        const kb = t.app.services.keys.forPool(b.pool.Id)!;
        return signRs256(payloadOf(a.tokens().IdToken!), ka.access.kid, kb.id.privateKey);
      },
    ],
    [
      "issuer not a Cognito pool",
      () => {
        const ka = t.app.services.keys.forPool(a.pool.Id)!;
        return signRs256({ ...payloadOf(a.tokens().IdToken!), iss: "https://evil.example.com/us-east-1_abcdefghi" }, ka.id.kid, ka.id.privateKey);
      },
    ],
    ["oversized token", () => `${parts(a.tokens().IdToken!)[0]}.${"A".repeat(20000)}.${parts(a.tokens().IdToken!)[2]}`],
    ["quoted token", () => `"${a.tokens().IdToken}"`],
    ["truncated token", () => a.tokens().IdToken!.slice(0, -10)],
    ["a refresh-token-like opaque value", () => "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.a.b.c.d"],
  ];

  for (const [name, forge] of forgeries) {
    it(`refuses ${name} with 401 Unauthorized`, async () => {
      const before = backend.hits;
      const res = await fetch(url(), { headers: { authorization: forge() } });
      assert.equal(res.status, 401);
      assert.equal(await res.text(), '{"message":"Unauthorized"}');
      assert.equal(backend.hits, before, "the backend was not called");
    });
  }

  it("refuses non-UTF-8 bytes in the header", async () => {
    const before = backend.hits;
    const res = await rawGet(url(), { authorization: `${a.tokens().IdToken}\u00ff\u00fe` });
    assert.equal(res.status, 401);
    assert.equal(res.body, '{"message":"Unauthorized"}');
    assert.equal(backend.hits, before);
  });

  it("refuses an oversized header before any check runs (431 from the HTTP layer)", async () => {
    const before = backend.hits;
    const res = await rawGet(url(), { authorization: `Bearer ${"A".repeat(70 * 1024)}` });
    assert.equal(res.status, 431);
    assert.equal(backend.hits, before);
  });

  it("lets the genuine token through to the backend exactly once", async () => {
    const before = backend.hits;
    const res = await fetch(url(), { headers: { authorization: a.tokens().IdToken! } });
    assert.equal(res.status, 200);
    assert.equal(backend.hits, before + 1);
  });
});
