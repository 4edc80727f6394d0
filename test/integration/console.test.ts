import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { exited, startCli } from "../harness/process.js";
import { cognitoAuthorizer, createPool, type InvokeServer, invokeUrl, MOCK_200, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

const CSP = "default-src 'self'; frame-ancestors 'none'";

describe("console endpoints", () => {
  let t: InvokeServer;
  let p: PoolFixture;

  before(async () => {
    t = await startInvokeServer();
    p = await createPool(t);
    t.deployments.deploy(
      snapshotOf({
        apiId: "cons02",
        authorizers: [cognitoAuthorizer([p.arn])],
        resources: { "/pets": { GET: { authorizationType: "COGNITO_USER_POOLS", authorizerId: "auth01", methodIntegration: MOCK_200 } } },
      }),
      "dev",
    );
  });
  after(() => t?.stop());

  it("serves the page and its files with a same-origin-only CSP", async () => {
    for (const [path, type] of [
      ["/_poolgate/", /^text\/html/],
      ["/_poolgate/console/static/main.js", /^text\/javascript/],
      ["/_poolgate/console/static/console.css", /^text\/css/],
    ] as const) {
      const res = await fetch(`${t.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get("content-type") ?? "", type, path);
      assert.equal(res.headers.get("content-security-policy"), CSP, path);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
    }
    const bare = await fetch(`${t.url}/_poolgate`, { redirect: "manual" });
    assert.equal(bare.status, 308);
    assert.equal(bare.headers.get("location"), "/_poolgate/");
    const html = await (await fetch(`${t.url}/_poolgate/`)).text();
    assert.doesNotMatch(html, /https?:\/\//, "no external resource");
    assert.doesNotMatch(html, /<script>|style=/, "nothing inline for the CSP to refuse");
  });

  it("serves nothing outside its own files", async () => {
    for (const path of [
      "/_poolgate/console/static/..%2f..%2f..%2fpackage.json",
      "/_poolgate/console/static/../mount.ts",
      "/_poolgate/console/static/missing.js",
      "/_poolgate/console/docs/checks/..%2f..%2fREADME.md",
      "/_poolgate/console/docs/checks/token.nope.md",
    ]) {
      const res = await fetch(`${t.url}${path}`);
      assert.equal(res.status, 404, path);
      await res.arrayBuffer();
    }
  });

  it("only reads: every method but GET is refused, except the token POST", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const res = await fetch(`${t.url}/_poolgate/`, { method });
      assert.equal(res.status, 405, method);
      await res.arrayBuffer();
    }
    assert.equal((await fetch(`${t.url}/_poolgate/console/token`)).status, 405);
    const form = await fetch(`${t.url}/_poolgate/console/token`, {
      method: "POST",
      body: "token=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    assert.equal(form.status, 415, "a cross-site form cannot post to it");
  });

  it("serves a check's explain page as plain text", async () => {
    const res = await fetch(`${t.url}/_poolgate/console/docs/checks/token.not-expired.md`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/plain/);
    assert.match(await res.text(), /token\.not-expired/);
  });

  it("inspects a pasted token with the gateway's token checks, in the language asked", async () => {
    const inspect = async (body: unknown) =>
      (await fetch(`${t.url}/_poolgate/console/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json();
    const id = p.tokens().IdToken as string;
    const fresh = await inspect({ token: `Bearer ${id}` });
    assert.deepEqual(
      fresh.findings.map((f: { id: string; status: string }) => `${f.id}:${f.status}`),
      ["token.decodable:pass", "token.issuer:pass", "token.signature:pass", "token.not-expired:pass", "token.kind-for-scopes:skip", "token.claims:pass"],
    );
    const forMethod = async (token: string, scopes: string[]) =>
      (await inspect({ token, scopes })).findings.find((f: { id: string }) => f.id === "token.kind-for-scopes");
    assert.equal((await forMethod(id, [])).status, "pass", "an ID token for a method without scopes");
    const access = p.tokens().AccessToken as string;
    assert.equal((await forMethod(access, [])).messageKey, "access-without-scopes");
    assert.equal((await forMethod(access, ["aws.cognito.signin.user.admin"])).status, "pass");
    assert.equal(fresh.payload["cognito:username"], "alice");
    assert.equal(fresh.header.alg, "RS256");

    t.clock.advance(2 * 3600 * 1000);
    const expired = await inspect({ token: id, lang: "ja" });
    const notExpired = expired.findings.find((f: { id: string }) => f.id === "token.not-expired");
    assert.equal(notExpired.status, "fail");
    assert.match(notExpired.message, /期限/);
    assert.ok(notExpired.fix);

    const tampered = await inspect({ token: `${id.slice(0, -4)}AAAA`, scopes: ["read"] });
    const statuses = Object.fromEntries(tampered.findings.map((f: { id: string; status: string }) => [f.id, f.status]));
    assert.equal(statuses["token.signature"], "fail");
    assert.equal(statuses["token.kind-for-scopes"], "fail", "an ID token for a method with scopes");

    const garbage = await inspect({ token: "not a token" });
    assert.equal(garbage.findings[0].status, "fail");
    assert.equal(garbage.payload, undefined);
  });

  it("keeps each invocation's headers with credentials masked, and its token's claims but not the token", async () => {
    const id = p.tokens().IdToken as string;
    const res = await fetch(invokeUrl(t, "cons02", "dev", "/pets?q=1"), {
      headers: { authorization: id, "x-api-key": "abcdefghijklmnopqrstuvwxyz", cookie: "session=topsecretvalue", "x-trace": "t-1" },
    });
    await res.arrayBuffer();
    const requestId = res.headers.get("x-amzn-requestid") as string;
    const got = await fetch(`${t.url}/_poolgate/console/captures/${requestId}`);
    assert.equal(got.status, 200);
    const text = await got.clone().text();
    assert.ok(!text.includes(id.split(".")[2] as string), "no signature");
    assert.ok(!text.includes("topsecretvalue") && !text.includes("qrstuvwxyz"));
    const capture = await got.json();
    assert.equal(capture.url, "/_aws/execute-api/cons02/dev/pets?q=1");
    const headers = Object.fromEntries(capture.headers as [string, string][]);
    assert.equal(headers["x-trace"], "t-1");
    assert.equal(headers["x-api-key"], "abcdefgh… (26 chars)");
    assert.match(headers.authorization, /^eyJ.{5}… \(\d+ chars\)$/);
    assert.equal(capture.token.payload["cognito:username"], "alice");

    const batch = await (await fetch(`${t.url}/_poolgate/console/captures?ids=${requestId},unknown`)).json();
    assert.deepEqual(Object.keys(batch.captures), [requestId]);
    assert.equal((await fetch(`${t.url}/_poolgate/console/captures/unknown`)).status, 404);
  });
});

describe("console from the built package", () => {
  it("finds its files and the explain pages from dist/", async () => {
    const s = await startCli(["start", "--ephemeral", "--port", "0"]);
    try {
      for (const path of ["/_poolgate/", "/_poolgate/console/static/main.js", "/_poolgate/console/docs/checks/token.signature.md"]) {
        const res = await fetch(`${s.url}${path}`);
        assert.equal(res.status, 200, path);
        await res.arrayBuffer();
      }
    } finally {
      s.child.kill("SIGTERM");
      await exited(s.child);
    }
  });
});
