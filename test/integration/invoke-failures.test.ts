import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { type InvokeServer, invokeUrl, MOCK_200, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

describe("invoke: integration failures and request limits", () => {
  let t: InvokeServer;
  let slow: Server;
  before(async () => {
    t = await startInvokeServer();
    slow = createServer((_req, res) => {
      setTimeout(() => res.end("late"), 2000).unref();
    });
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    t.deployments.deploy(
      snapshotOf({
        apiId: "fail000001",
        resources: {
          "/slow": { GET: { methodIntegration: { type: "HTTP_PROXY", httpMethod: "GET", uri: `${slowUrl}/`, timeoutInMillis: 200 } } },
          "/refused": { GET: { methodIntegration: { type: "HTTP_PROXY", httpMethod: "GET", uri: "http://127.0.0.1:1/", timeoutInMillis: 2000 } } },
          "/none": { GET: {} },
          "/aws": { GET: { methodIntegration: { type: "AWS", uri: "arn:aws:apigateway:us-east-1:s3:path/bucket", timeoutInMillis: 29000 } } },
          "/mock": { GET: { methodIntegration: MOCK_200 }, POST: { methodIntegration: MOCK_200 }, HEAD: { methodIntegration: MOCK_200 } },
        },
      }),
      "dev",
    );
  });
  after(async () => {
    await t.stop();
    slow.closeAllConnections();
    await new Promise<void>((r) => slow.close(() => r()));
  });

  const url = (p: string) => invokeUrl(t, "fail000001", "dev", p);

  it("answers a backend slower than timeoutInMillis with 504 'Endpoint request timed out'", async () => {
    const res = await fetch(url("/slow"));
    assert.equal(res.status, 504);
    assert.equal(await res.text(), '{"message":"Endpoint request timed out"}');
    assert.equal(res.headers.get("x-amzn-errortype"), "InternalServerErrorException");
  });

  it("answers an unreachable backend with a 5xx integration failure", async () => {
    const res = await fetch(url("/refused"));
    assert.equal(res.status, 504);
    assert.equal(await res.text(), '{"message":"Internal server error"}');
  });

  it("answers a method without an integration, or an AWS integration, with 500 Internal server error", async () => {
    for (const p of ["/none", "/aws"]) {
      const res = await fetch(url(p));
      assert.equal(res.status, 500);
      assert.equal(await res.text(), '{"message":"Internal server error"}');
    }
  });

  it("refuses a body over 10 MB with 413", async () => {
    const res = await fetch(url("/mock"), { method: "POST", body: Buffer.alloc(10 * 1024 * 1024 + 1, 97) });
    assert.equal(res.status, 413);
    assert.equal(res.headers.get("x-amzn-errortype"), "RequestTooLargeException");
  });

  it("answers HEAD without a body", async () => {
    const res = await fetch(url("/mock"), { method: "HEAD" });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), "");
  });
});
