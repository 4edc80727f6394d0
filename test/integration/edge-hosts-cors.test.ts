import assert from "node:assert/strict";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { CreateUserPoolClientCommand, CreateUserPoolCommand, ListUsersCommand } from "@aws-sdk/client-cognito-identity-provider";
import { startServer, type TestServer } from "../harness/server.js";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, because fetch will not send a Host header of our choosing. */
function raw(base: string, opts: { method?: string; path?: string; host?: string; headers?: Record<string, string>; body?: string }): Promise<RawAnswer> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method: opts.method ?? "GET",
        path: opts.path ?? "/",
        headers: { ...(opts.host ? { host: opts.host } : {}), ...(opts.headers ?? {}) },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => {
          body += d;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

const cognitoCall = (target: string, input: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${target}`, ...headers },
  body: JSON.stringify(input),
});

describe("the edge answers only the hosts poolgate serves (DNS rebinding)", () => {
  let t: TestServer;
  let port: string;
  let poolId: string;

  before(async () => {
    t = await startServer({ publicUrl: undefined, allowedHosts: ["dev.lan", "*.corp.test"] });
    port = new URL(t.url).port;
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "hosts" }))).UserPool?.Id as string;
  });
  after(() => t.stop());

  const refusedHosts = [
    "attacker.example",
    "localhost.attacker.example",
    "127.0.0.1.nip.io",
    "abc.execute-api.localhost.attacker.example",
    "corp.test.evil",
    "lan",
  ];
  for (const host of refusedHosts) {
    it(`refuses Host ${host} with 403 on /_poolgate/codes, /_poolgate/health and ListUsers`, async () => {
      for (const call of [
        { path: "/_poolgate/codes" },
        { path: "/_poolgate/health" },
        { path: "/_poolgate/requests" },
        cognitoCall("ListUsers", { UserPoolId: poolId }),
        cognitoCall("AdminCreateUser", { UserPoolId: poolId, Username: "mallory" }),
      ]) {
        const res = await raw(t.url, { ...call, host: `${host}:${port}` });
        assert.equal(res.status, 403, `${host} ${JSON.stringify(call)}`);
        assert.match(res.headers["content-type"] as string, /application\/json/);
        assert.match(JSON.parse(res.body).message, new RegExp(`does not serve the host '${host.replace(/\./g, "\\.")}'.*--allowed-host`));
      }
    });
  }

  it("answers a refused host carrying a large body (the body is discarded, not a reset)", async () => {
    const res = await raw(t.url, {
      ...cognitoCall("AdminCreateUser", { UserPoolId: poolId, Username: "x".repeat(8 * 1024 * 1024) }),
      host: "attacker.example",
    });
    assert.equal(res.status, 403);
    assert.equal((await raw(t.url, { path: "/_poolgate/health" })).status, 200);
  });

  it("created no user through a refused host", async () => {
    const users = await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId }));
    assert.deepEqual(users.Users, []);
  });

  const servedHosts = [
    "127.0.0.1:{port}",
    "localhost:{port}",
    "[::1]:{port}",
    "localhost",
    "abc123.execute-api.localhost:{port}",
    "myapp.auth.us-east-1.localhost:{port}",
    "abc123.execute-api.us-east-1.amazonaws.com",
    "cognito-idp.us-east-1.amazonaws.com",
    "dev.lan:{port}",
    "build.corp.test:{port}",
  ];
  for (const host of servedHosts) {
    it(`serves Host ${host}`, async () => {
      const res = await raw(t.url, { path: "/_poolgate/health", host: host.replace("{port}", port) });
      // execute-api hosts route to the invoke path, hosted-UI hosts to the domain: anything but the 403.
      assert.notEqual(res.status, 403, res.body);
      if (!host.includes("execute-api") && !host.includes(".auth.")) assert.equal(JSON.parse(res.body).status, "ok");
    });
  }

  it("serves the --public-url host", async () => {
    const p = await startServer({ publicUrl: "http://poolgate.internal.example:8080" });
    try {
      const listening = `http://127.0.0.1:${(p.app.server.address() as AddressInfo).port}`;
      const res = await raw(listening, { path: "/_poolgate/health", host: "poolgate.internal.example:8080" });
      assert.equal(res.status, 200, res.body);
    } finally {
      await p.stop();
    }
  });

  it("refuses a Host header with characters no host name has", async () => {
    const res = await raw(t.url, { path: "/_poolgate/health", host: "localhost@attacker.example" });
    assert.equal(res.status, 400);
  });
});

describe("CORS on the Cognito API: public operations only", () => {
  let t: TestServer;
  let poolId: string;
  let clientId: string;

  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "cors" }))).UserPool?.Id as string;
    clientId = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web" }))).UserPoolClient?.ClientId as string;
  });
  after(() => t.stop());

  it("answers the preflight for the headers browser SDKs send, but not for a signed request", async () => {
    const pre = await raw(t.url, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:3000",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,x-amz-target,x-amz-user-agent",
      },
    });
    assert.equal(pre.status, 200);
    assert.equal(pre.headers["access-control-allow-origin"], "*");
    assert.equal(pre.headers["access-control-allow-headers"], "content-type,x-amz-target,x-amz-user-agent");
    const signed = await raw(t.url, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:3000",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type,x-amz-date,x-amz-target",
      },
    });
    assert.equal(signed.headers["access-control-allow-headers"], "content-type,x-amz-date,x-amz-target");
  });

  it("keeps Access-Control-Allow-Origin on public operations, answers and errors alike", async () => {
    const signUp = await raw(
      t.url,
      cognitoCall("SignUp", { ClientId: clientId, Username: "pat", Password: "Passw0rd!cors" }, { origin: "http://localhost:3000" }),
    );
    assert.equal(signUp.status, 200, signUp.body);
    assert.equal(signUp.headers["access-control-allow-origin"], "*");
    const badLogin = await raw(
      t.url,
      cognitoCall(
        "InitiateAuth",
        { ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "nobody", PASSWORD: "x" } },
        { origin: "http://localhost:3000" },
      ),
    );
    assert.equal(badLogin.status, 400);
    assert.equal(badLogin.headers["access-control-allow-origin"], "*");
    assert.match(String(badLogin.headers["access-control-expose-headers"]), /x-amzn-ErrorType/);
  });

  it("gives SigV4-only operations no CORS header and refuses them from a page of another origin", async () => {
    const calls = [
      ["ListUsers", { UserPoolId: poolId }],
      ["AdminCreateUser", { UserPoolId: poolId, Username: "mallory" }],
      ["AdminGetUser", { UserPoolId: poolId, Username: "pat" }],
    ] as const;
    for (const [target, input] of calls) {
      const fromPage = await raw(t.url, cognitoCall(target, input, { origin: "https://attacker.example" }));
      assert.equal(fromPage.status, 400, target);
      assert.equal(fromPage.headers["access-control-allow-origin"], undefined, target);
      assert.deepEqual(JSON.parse(fromPage.body), { __type: "MissingAuthenticationTokenException", message: "Missing Authentication Token" });
    }
    const users = await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId }));
    assert.deepEqual(
      users.Users?.map((u) => u.Username),
      ["pat"],
    );
    // Without a page's Origin (the SDK, the CLI, curl) they run as before, still without CORS headers.
    for (const [target, input] of calls) {
      const fromScript = await raw(t.url, cognitoCall(target, input));
      assert.equal(fromScript.status, 200, `${target} ${fromScript.body}`);
      assert.equal(fromScript.headers["access-control-allow-origin"], undefined, target);
    }
  });

  it("sends no CORS header on /_poolgate endpoints", async () => {
    for (const path of ["/_poolgate/codes", "/_poolgate/health", "/_poolgate/requests"]) {
      const res = await raw(t.url, { path, headers: { origin: "https://attacker.example" } });
      assert.equal(res.status, 200);
      assert.equal(res.headers["access-control-allow-origin"], undefined, path);
    }
  });
});
