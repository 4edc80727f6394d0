import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { CreateRestApiCommand } from "@aws-sdk/client-api-gateway";
import { startServer, type TestServer } from "../harness/server.js";

/** The header names as written on the wire (rawHeaders keeps their case). */
function rawHeaderNames(url: string, init: { method: string; headers?: Record<string, string>; body?: string }): Promise<string[]> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: init.method, headers: init.headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.rawHeaders.filter((_, i) => i % 2 === 0)));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/**
 * AWS writes its answer headers as `x-amzn-RequestId` and `x-amzn-ErrorType` (raw-header snapshots and some clients
 * compare the case), not lower-cased.
 */
describe("answer header names keep AWS's casing", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("on a Cognito JSON 1.1 error", async () => {
    const names = await rawHeaderNames(t.url, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.DescribeUserPool" },
      body: JSON.stringify({ UserPoolId: "us-east-1_nothere0" }),
    });
    assert.ok(names.includes("x-amzn-RequestId"), names.join(", "));
    assert.ok(names.includes("x-amzn-ErrorType"), names.join(", "));
  });

  it("on an API Gateway control-plane error", async () => {
    const names = await rawHeaderNames(`${t.url}/restapis/nothere000`, { method: "GET" });
    assert.ok(names.includes("x-amzn-RequestId"), names.join(", "));
    assert.ok(names.includes("x-amzn-ErrorType"), names.join(", "));
  });

  it("on an invoke refusal", async () => {
    const api = await t.apigateway.send(new CreateRestApiCommand({ name: "casing" }));
    const names = await rawHeaderNames(`${t.url}/_aws/execute-api/${api.id}/dev/missing`, { method: "GET" });
    assert.ok(names.includes("x-amzn-RequestId"), names.join(", "));
    assert.ok(names.includes("x-amzn-ErrorType"), names.join(", "));
  });
});
