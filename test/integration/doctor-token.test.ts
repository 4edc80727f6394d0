import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { doctor, signedToken } from "../harness/doctor.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * `poolgate doctor token` against a running poolgate: tokens signed with a pool's own keys (its JWKS is served by
 * the server), each broken in one way the article or the issue names, and the same token unbroken.
 */
describe("doctor token against poolgate", () => {
  let t: TestServer;
  let poolId: string;
  let otherPool: string;
  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "doctor-token" }))).UserPool?.Id ?? "";
    otherPool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "other" }))).UserPool?.Id ?? "";
  });
  after(() => t.stop());

  const run = (token: string, extra: string[] = []) => doctor(["token", token, "--json", "--endpoint-url", t.url, ...extra], { now: t.clock.now() });

  it("passes a genuine ID token for a method without scopes, signature verified through the JWKS", async () => {
    const r = await run(signedToken(t, poolId, "id", {}), ["--user-pool-id", poolId, "--scopes", ""]);
    assert.deepEqual(r.failed, [], r.stdout);
    assert.equal(r.code, 0);
    assert.equal(r.status("token.signature"), "pass");
    assert.equal(r.status("token.claims"), "pass");
    assert.ok(r.json?.notes.some((n) => /and no scopes would accept this token/.test(n)));
    assert.ok(
      r.json?.notes.some((n) => /^exp = \d+ = \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC.* \(in /.test(n)),
      r.stdout,
    );
  });

  const cases: Array<{ id: string; token: () => string; extra?: () => string[]; also?: string[] }> = [
    { id: "token.not-expired", token: () => signedToken(t, poolId, "id", { exp: Math.floor(t.clock.now() / 1000) - 60 }) },
    { id: "token.issuer", token: () => signedToken(t, poolId, "id", { iss: "https://login.example.com/" }) },
    { id: "authorizer.pool-matches-issuer", token: () => signedToken(t, poolId, "id", {}), extra: () => ["--user-pool-id", otherPool] },
    { id: "token.kind-for-scopes", token: () => signedToken(t, poolId, "access", {}), extra: () => ["--user-pool-id", poolId, "--scopes", ""] },
    {
      id: "token.kind-for-scopes",
      token: () => signedToken(t, poolId, "id", {}),
      extra: () => ["--user-pool-id", poolId, "--scopes", "https://api.example.com/read"],
    },
    {
      id: "token.signature",
      token: () => {
        const [h, , s] = signedToken(t, poolId, "id", {}).split(".");
        const forged = Buffer.from(
          JSON.stringify({ token_use: "id", iss: `${t.url}/${poolId}`, exp: Math.floor(t.clock.now() / 1000) + 60, aud: "x" }),
        ).toString("base64url");
        return `${h}.${forged}.${s}`;
      },
    },
    {
      id: "authorizer.identity-validation-expression",
      token: () => signedToken(t, poolId, "id", {}),
      extra: () => ["--user-pool-id", poolId, "--identity-validation-expression", "^[0-9]+$"],
    },
    // The article's own advice: spaces added when the token was put in the header.
    { id: "token.decodable", token: () => signedToken(t, poolId, "id", {}).replace(".", ". "), also: ["token.input"] },
  ];
  for (const c of cases) {
    it(`fails ${c.id} for the broken token`, async () => {
      const r = await run(c.token(), c.extra?.() ?? []);
      assert.deepEqual(r.failed.sort(), [c.id, ...(c.also ?? [])].sort(), r.stdout);
      assert.equal(r.code, 1);
    });
  }

  it("explains what broke a pasted token and goes on with the repaired one", async () => {
    const good = signedToken(t, poolId, "id", {});
    const r = await run(`"Bearer Bearer ${good.slice(0, 40)}\n${good.slice(40)}"`);
    const input = r.json?.findings.find((f) => f.id === "token.input");
    assert.equal(input?.status, "fail");
    assert.deepEqual(input?.actual, ["quotes", "double-bearer", "line-break"]);
    assert.equal(r.status("token.signature"), "pass", "the repaired token is checked");
  });

  it("recognises a refresh token (a 5-part JWE) passed as a JWT", async () => {
    const jwe = `${Buffer.from('{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}').toString("base64url")}.${"a".repeat(342)}.${"b".repeat(16)}.${"c".repeat(200)}.${"d".repeat(22)}`;
    const r = await run(jwe);
    assert.ok(r.failed.includes("token.input"));
    assert.match(r.json?.findings.find((f) => f.id === "token.input")?.message ?? "", /refresh token/);
  });

  it("reads the token from standard input with '-'", async () => {
    const r = await doctor(["token", "-", "--json", "--endpoint-url", t.url], { stdin: `${signedToken(t, poolId, "id", {})}\n`, now: t.clock.now() });
    assert.deepEqual(r.failed, []);
  });

  it("warns about clock skew when the token was issued in this machine's future", async () => {
    const now = Math.floor(t.clock.now() / 1000);
    const r = await run(signedToken(t, poolId, "id", { iat: now + 600, auth_time: now + 600 }));
    assert.equal(r.status("token.clock-skew"), "warn");
  });

  it("answers garbage with one line and exit 2", async () => {
    const r = await doctor(["token", "hello world"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^poolgate doctor: this is not a token/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
  });
});
