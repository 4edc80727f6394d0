import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { CreateRestApiCommand } from "@aws-sdk/client-api-gateway";
import { CreateUserPoolClientCommand, CreateUserPoolCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

const MiB = 1024 * 1024;
const fifty = "a".repeat(50 * MiB);

/**
 * A 50 MB body used to get a connection reset with no HTTP answer (the edge cut the socket after reading 16x the
 * limit). Every surface now answers, with its own error shape, as soon as the body is known to be too large.
 */
describe("bodies larger than the edge takes", () => {
  let t: TestServer;
  let clientId = "";
  before(async () => {
    t = await startServer();
    const pool = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "big" }));
    const client = await t.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.UserPool?.Id,
        ClientName: "web",
        CallbackURLs: ["http://localhost/cb"],
        AllowedOAuthFlows: ["code"],
        AllowedOAuthScopes: ["openid"],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ["COGNITO"],
      }),
    );
    clientId = client.UserPoolClient?.ClientId as string;
  });
  after(() => t.stop());

  const cases: { what: string; path: string; type: string; headers?: Record<string, string>; body: () => string; status: number; answer: RegExp }[] = [
    {
      what: "the Cognito API",
      path: "/",
      type: "application/x-amz-json-1.1",
      headers: { "x-amz-target": "AWSCognitoIdentityProviderService.SignUp" },
      body: () => JSON.stringify({ ClientId: fifty }),
      status: 400,
      answer: /^\{"__type":"SerializationException","message":"Request body is too large"\}$/,
    },
    {
      what: "/oauth2/token",
      path: "/oauth2/token",
      type: "application/x-www-form-urlencoded",
      body: () => `grant_type=${fifty}`,
      status: 400,
      answer: /"error":"invalid_request"/,
    },
    {
      what: "a hosted-UI form",
      path: "/login?client_id={client}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%2Fcb",
      type: "application/x-www-form-urlencoded",
      body: () => `username=${fifty}`,
      status: 403,
      answer: /Your sign-in form expired/,
    },
    {
      what: "the API Gateway control plane",
      path: "/restapis",
      type: "application/json",
      body: () => JSON.stringify({ name: fifty }),
      status: 400,
      answer: /^\{"message":"Request body is too large"\}$/,
    },
  ];
  for (const c of cases) {
    it(`${c.what} answers ${c.status} to a 50 MB body (fetch)`, async () => {
      const res = await fetch(`${t.url}${c.path.replace("{client}", clientId)}`, {
        method: "POST",
        headers: { "content-type": c.type, ...c.headers },
        body: c.body(),
      });
      assert.equal(res.status, c.status);
      assert.match(await res.text(), c.answer);
    });
  }

  it("answers a declared 50 MB body before any of it is sent", { timeout: 30_000 }, async () => {
    const u = new URL(t.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: u.hostname,
          port: u.port,
          method: "POST",
          path: "/",
          headers: {
            "content-type": "application/x-amz-json-1.1",
            "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
            "content-length": String(50 * MiB),
          },
        },
        (res) => {
          let body = "";
          res.on("data", (d) => {
            body += d;
          });
          res.on("end", () => {
            resolve({ status: res.statusCode ?? 0, body });
            req.destroy();
          });
        },
      );
      req.on("error", reject);
      req.flushHeaders();
    });
    assert.equal(answer.status, 400);
    assert.equal(JSON.parse(answer.body).__type, "SerializationException");
  });

  it("answers a chunked body (no Content-Length) once it passes the limit", { timeout: 30_000 }, async () => {
    const u = new URL(t.url);
    const chunk = Buffer.alloc(MiB, 0x61);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: u.hostname,
          port: u.port,
          method: "POST",
          path: "/oauth2/token",
          headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      let sent = 0;
      const pump = () => {
        while (sent < 50) {
          sent++;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
    assert.equal(status, 400);
  });

  it("the AWS SDKs get the error, not a reset", async () => {
    await rejectsWith(
      t.cognito.send(new SignUpCommand({ ClientId: "c", Username: "u", Password: "p", ClientMetadata: { big: fifty } })),
      "SerializationException",
    );
    await rejectsWith(t.apigateway.send(new CreateRestApiCommand({ name: "big", description: fifty })), "BadRequestException", "Request body is too large");
  });

  it("still answers the next request", async () => {
    assert.equal((await fetch(`${t.url}/_poolgate/health`)).status, 200);
  });
});
