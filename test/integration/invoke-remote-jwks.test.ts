import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { cognitoAuthorizer, createPool, type InvokeServer, invokeUrl, MOCK_200, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

/**
 * A pool poolgate does not hold: its tokens come from a second poolgate (issuer in the AWS form), whose JWKS the
 * first one is told about with --jwks. The JWKS is fetched once and cached.
 */
describe("invoke: user pools poolgate does not hold (remote JWKS)", () => {
  let issuer: InvokeServer;
  let gateway: InvokeServer;
  let foreign: PoolFixture;
  let jwksServer: Server;
  let jwksHits = 0;

  before(async () => {
    issuer = await startInvokeServer({ issuer: "aws" });
    foreign = await createPool(issuer, "foreign");
    const jwks = issuer.app.services.keys.forPool(foreign.pool.Id)!.jwks;
    jwksServer = createServer((_req, res) => {
      jwksHits++;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/${foreign.pool.Id}/.well-known/jwks.json`;
    gateway = await startInvokeServer({ jwks: [`${foreign.pool.Id}=${jwksUrl}`] });
    gateway.deployments.deploy(
      snapshotOf({
        apiId: "remote0001",
        authorizers: [cognitoAuthorizer([foreign.arn])],
        resources: { "/r": { GET: { authorizationType: "COGNITO_USER_POOLS", authorizerId: "auth01", methodIntegration: MOCK_200 } } },
      }),
      "dev",
    );
  });
  after(async () => {
    await gateway.stop();
    await issuer.stop();
    await new Promise<void>((r) => jwksServer.close(() => r()));
  });

  const call = (authorization: string) => fetch(invokeUrl(gateway, "remote0001", "dev", "/r"), { headers: { authorization } });

  it("accepts a genuine token of the remote pool and fetches its JWKS once", async () => {
    assert.equal((await call(foreign.tokens().IdToken!)).status, 200);
    assert.equal((await call(foreign.tokens().IdToken!)).status, 200);
    assert.equal(jwksHits, 1);
  });

  it("refuses a tampered token of the remote pool", async () => {
    const [h, p, s] = foreign.tokens().IdToken!.split(".");
    const res = await call(`${h}.${p}.${s.slice(0, -4)}AAAA`);
    assert.equal(res.status, 401);
    assert.equal(await res.text(), '{"message":"Unauthorized"}');
  });

  it("refuses a token of the gateway's own pool that the authorizer does not list", async () => {
    const own = await createPool(gateway, "own");
    assert.equal((await call(own.tokens().IdToken!)).status, 401);
  });
});
