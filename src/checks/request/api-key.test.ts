import assert from "node:assert/strict";
import { it } from "node:test";
import { checkApiKey, presentedApiKey } from "./api-key.js";

const key = (enabled: boolean, inUsagePlanOfStage: boolean) => ({ id: "k1", enabled, inUsagePlanOfStage });
const decide = (input: Partial<Parameters<typeof checkApiKey>[0]>) =>
  checkApiKey({ apiKeyRequired: true, value: "a-key-value-of-twenty-chars", apiId: "api", stage: "dev", ...input });

it("takes the key from x-api-key, or from the authorizer's usageIdentifierKey when apiKeySource is AUTHORIZER", () => {
  const headers = { "x-api-key": "from-header" };
  assert.equal(presentedApiKey(undefined, headers, "from-authorizer"), "from-header");
  assert.equal(presentedApiKey("HEADER", headers, "from-authorizer"), "from-header");
  assert.equal(presentedApiKey("AUTHORIZER", headers, "from-authorizer"), "from-authorizer");
  assert.equal(presentedApiKey("AUTHORIZER", headers, undefined), undefined);
  assert.equal(presentedApiKey("HEADER", { "x-api-key": "  " }, undefined), undefined);
});

it("decides each case with its own message key and status", () => {
  assert.equal(checkApiKey({ apiKeyRequired: false, value: undefined }).messageKey, "not-required");
  const cases: [Partial<Parameters<typeof checkApiKey>[0]>, string, string][] = [
    [{ value: undefined }, "missing", "fail"],
    [{ value: undefined, source: "AUTHORIZER" }, "missing-from-authorizer", "fail"],
    [{ key: undefined }, "unchecked", "warn"],
    [{ key: null }, "unknown-key", "fail"],
    [{ key: key(false, true) }, "disabled-key", "fail"],
    [{ key: key(true, false) }, "not-in-plan", "fail"],
    [{ key: key(true, true) }, "ok", "pass"],
  ];
  for (const [input, messageKey, status] of cases) {
    const f = decide(input);
    assert.deepEqual([f.messageKey, f.status], [messageKey, status], messageKey);
  }
});

it("never puts the whole key value in a finding", () => {
  const f = decide({ key: null });
  assert.ok(!JSON.stringify(f).includes("a-key-value-of-twenty-chars"));
  assert.equal(f.actual, "****hars");
});
