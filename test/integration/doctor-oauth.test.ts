import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { doctor } from "../harness/doctor.js";
import { startServer, type TestServer } from "../harness/server.js";

const POSTMAN_CALLBACK = "https://oauth.pstmn.io/v1/browser-callback";

/**
 * `poolgate doctor oauth` against a running poolgate, with the pool, domain, resource server and app clients
 * made through the AWS SDK: for every check C1–C8 one setup that fails exactly that check, and the fixed setup.
 */
describe("doctor oauth (C1–C8) against poolgate", () => {
  let t: TestServer;
  let poolId: string;
  let publicClient: string;
  let secretClient: string;
  let secret: string;
  let noOAuthClient: string;
  let authUrl: string;
  let tokenUrl: string;

  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "doctor-oauth" }))).UserPool?.Id ?? "";
    await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: "myapp" }));
    await t.cognito.send(
      new CreateResourceServerCommand({
        UserPoolId: poolId,
        Identifier: "https://api.example.com",
        Name: "api",
        Scopes: [{ ScopeName: "read", ScopeDescription: "read" }],
      }),
    );
    const oauth = {
      UserPoolId: poolId,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ["code", "implicit"] as ("code" | "implicit")[],
      AllowedOAuthScopes: ["openid", "email", "https://api.example.com/read"],
      CallbackURLs: [POSTMAN_CALLBACK],
      SupportedIdentityProviders: ["COGNITO"],
    };
    publicClient = (await t.cognito.send(new CreateUserPoolClientCommand({ ...oauth, ClientName: "postman" }))).UserPoolClient?.ClientId ?? "";
    const withSecret = await t.cognito.send(new CreateUserPoolClientCommand({ ...oauth, ClientName: "confidential", GenerateSecret: true }));
    secretClient = withSecret.UserPoolClient?.ClientId ?? "";
    secret = withSecret.UserPoolClient?.ClientSecret ?? "";
    noOAuthClient = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "sdk-only" }))).UserPoolClient?.ClientId ?? "";
    authUrl = `${t.url}/oauth2/authorize`;
    tokenUrl = `${t.url}/oauth2/token`;
  });
  after(() => t.stop());

  const setup = (over: Record<string, string | undefined> = {}) => {
    const o: Record<string, string | undefined> = {
      "--client-id": publicClient,
      "--auth-url": authUrl,
      "--token-url": tokenUrl,
      "--callback-url": POSTMAN_CALLBACK,
      "--grant-type": "Authorization Code",
      "--scope": "openid email",
      "--token-content-type": "application/x-www-form-urlencoded",
      "--endpoint-url": t.url,
      ...over,
    };
    return ["oauth", "--json", ...Object.entries(o).flatMap(([k, v]) => (v === undefined ? [] : [k, v]))];
  };

  it("finds poolgate from loopback URLs without --endpoint-url (and without a region in the environment)", async () => {
    const r = await doctor(setup({ "--endpoint-url": undefined }), { env: { LANG: "C" } });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.json?.verdict, "pass");
  });

  it("passes the setup the article describes, with the pool found from the client id", async () => {
    const r = await doctor(setup());
    assert.deepEqual(r.failed, [], r.stdout);
    assert.equal(r.code, 0);
    assert.equal(r.json?.verdict, "pass");
    for (const id of [
      "oauth.grant-type",
      "oauth.callback-url",
      "oauth.auth-url",
      "oauth.client-id",
      "oauth.client-secret",
      "oauth.scope-openid",
      "oauth.token-url",
      "oauth.token-content-type",
    ])
      assert.equal(r.status(id), "pass", id);
  });

  it("accepts the hosted-UI domain form http://{prefix}.auth.{region}.localhost:{port} and /login", async () => {
    const port = new URL(t.url).port;
    const r = await doctor(
      setup({
        "--auth-url": `http://myapp.auth.us-east-1.localhost:${port}/login`,
        "--token-url": `http://myapp.auth.us-east-1.localhost:${port}/oauth2/token`,
      }),
    );
    assert.deepEqual(r.failed, [], r.stdout);
  });

  const cases: Array<{ id: string; key: string; over: () => Record<string, string | undefined> }> = [
    {
      id: "oauth.grant-type",
      key: "not-allowed",
      over: () => ({ "--grant-type": "Client Credentials", "--scope": "https://api.example.com/read", "--callback-url": undefined }),
    },
    { id: "oauth.grant-type", key: "oauth-disabled", over: () => ({ "--client-id": noOAuthClient, "--user-pool-id": poolId }) },
    { id: "oauth.callback-url", key: "trailing-slash", over: () => ({ "--callback-url": `${POSTMAN_CALLBACK}/` }) },
    { id: "oauth.auth-url", key: "wrong-region", over: () => ({ "--auth-url": `http://myapp.auth.eu-west-1.localhost:${new URL(t.url).port}/login` }) },
    { id: "oauth.client-id", key: "pool-id", over: () => ({ "--client-id": poolId, "--user-pool-id": poolId }) },
    { id: "oauth.client-id", key: "not-found", over: () => ({ "--client-id": "zzzzzzzzzzzzzzzzzzzzzzzzzz", "--user-pool-id": poolId }) },
    { id: "oauth.client-secret", key: "missing", over: () => ({ "--client-id": secretClient }) },
    { id: "oauth.scope-openid", key: "missing-openid", over: () => ({ "--scope": "email" }) },
    { id: "oauth.token-url", key: "trailing-slash", over: () => ({ "--token-url": `${tokenUrl}/` }) },
    { id: "oauth.token-content-type", key: "wrong", over: () => ({ "--token-content-type": "application/json" }) },
  ];
  for (const c of cases) {
    it(`fails exactly ${c.id} (${c.key})`, async () => {
      const r = await doctor(setup(c.over()));
      assert.deepEqual(r.failed, [c.id], r.stdout);
      assert.equal(r.code, 1);
      const f = r.json?.findings.find((x) => x.id === c.id);
      assert.ok(f?.fix, "a failure carries a fix");
    });
  }

  it("fixes C5: the confidential client with its secret passes, a wrong secret fails", async () => {
    assert.deepEqual((await doctor(setup({ "--client-id": secretClient, "--client-secret": secret }))).failed, []);
    assert.deepEqual((await doctor(setup({ "--client-id": secretClient, "--client-secret": `${secret}x` }))).failed, ["oauth.client-secret"]);
  });

  it("renders the checklist in Japanese with --lang ja and from LANG", async () => {
    const r = await doctor(
      setup({ "--scope": "email" }).filter((a) => a !== "--json"),
      { env: { LANG: "ja_JP.UTF-8" } },
    );
    assert.match(r.stdout, /不合格/);
    assert.match(r.stdout, /openid/);
    assert.equal(r.code, 1);
  });

  it("answers an unreachable endpoint with one line and exit 2", async () => {
    const r = await doctor(["oauth", "--client-id", publicClient, "--endpoint-url", "http://127.0.0.1:9"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.match(r.stderr, /cannot reach/);
  });
});
