import assert from "node:assert/strict";
import { it } from "node:test";
import { RestJsonError } from "../../wire/errors.js";
import { parseStoredPolicy, savePolicy } from "./policy.js";

const allowAll = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: ["execute-api:/*", "execute-api:/dev/GET/pets"] }],
};

it("expands execute-api shorthand to full ARNs and stores the escaped read-back form", () => {
  const saved = savePolicy(JSON.stringify(allowAll), "eu-west-1", "abc123");
  assert.deepEqual(saved.document.Statement[0]?.Resource, [
    "arn:aws:execute-api:eu-west-1:000000000000:abc123/*",
    "arn:aws:execute-api:eu-west-1:000000000000:abc123/dev/GET/pets",
  ]);
  assert.ok(saved.stored.startsWith('{\\"Version\\":\\"2012-10-17\\"'));
  assert.deepEqual(parseStoredPolicy(saved.stored), saved.document);
});

it("accepts a policy given back in the escaped form tools read, and a single statement object", () => {
  const escaped = JSON.stringify(allowAll).replace(/"/g, '\\"');
  assert.equal(savePolicy(escaped, "us-east-1", "x").document.Statement.length, 1);
  assert.equal(savePolicy({ Statement: { Effect: "Deny", Principal: "*", Action: "*", Resource: "*" } }, "us-east-1", "x").document.Statement.length, 1);
});

it("refuses documents that are not policies", () => {
  for (const bad of ["{nope", "[]", '{"Statement":[]}', '{"Statement":[{"Effect":"Maybe"}]}'])
    assert.throws(
      () => savePolicy(bad, "us-east-1", "x"),
      (e: unknown) => e instanceof RestJsonError && e.type === "BadRequestException",
    );
});
