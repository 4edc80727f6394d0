import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { proxyResponse } from "./aws-proxy.js";

describe("Lambda proxy answers", () => {
  it("drops header values HTTP cannot carry instead of failing the response", () => {
    const outcome = proxyResponse({
      statusCode: 200,
      headers: { "X-Echo": "a\r\nSet-Cookie: owned=1", "X-Ok": "1", "bad name": "x", "X-Mark": "\u2713" },
      multiValueHeaders: { "X-Multi": ["one", "t\nwo", "caf\u00e9"] },
      body: "hi",
    });
    assert.ok("response" in outcome);
    assert.deepEqual(outcome.response.headers, { "x-ok": "1", "x-multi": ["one", "caf\u00e9"], "content-type": "application/json" });
    assert.equal(outcome.response.body.toString(), "hi");
  });
});
