import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { resolveConfig } from "../config.js";
import { functionArnOfUri, functionName, parseLambdaMapping } from "./lambda-functions.js";

describe("--lambda mappings", () => {
  it("parses name=file#handler, defaulting the handler", () => {
    assert.deepEqual(parseLambdaMapping("fn=/abs/f.js#main"), { key: "fn", file: "/abs/f.js", handler: "main" });
    assert.deepEqual(parseLambdaMapping("fn=lib/f.mjs", "/base"), { key: "fn", file: "/base/lib/f.mjs", handler: "handler" });
    assert.equal(parseLambdaMapping("no-equals"), undefined);
  });

  it("finds the function ARN in an AWS_PROXY URI and the name in an ARN", () => {
    const arn = "arn:aws:lambda:us-east-1:123456789012:function:orders:live";
    assert.equal(functionArnOfUri(`arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${arn}/invocations`), arn);
    assert.equal(functionArnOfUri("https://example.com"), undefined);
    assert.equal(functionName(arn), "orders");
    assert.equal(functionName("orders"), "orders");
  });

  it("reads repeated flags and a comma-separated environment variable", () => {
    const dir = mkdtempSync(join(tmpdir(), "poolgate-lambdas-"));
    try {
      const x = join(dir, "x.js");
      const y = join(dir, "y.js");
      writeFileSync(x, "export const handler = () => ({});");
      writeFileSync(y, "export const h = () => ({});");
      assert.deepEqual(resolveConfig({ lambdas: [`a=${x}`, `b=${y}#h`] }, {}).lambdas, [`a=${x}`, `b=${y}#h`]);
      assert.deepEqual(resolveConfig({}, { POOLGATE_LAMBDAS: `a=${x}, b=${y}#h` }).lambdas, [`a=${x}`, `b=${y}#h`]);
      assert.deepEqual(resolveConfig({}, {}).jwks, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
