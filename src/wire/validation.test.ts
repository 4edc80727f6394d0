import assert from "node:assert/strict";
import { test } from "node:test";
import type { AwsJsonError } from "./errors.js";
import { dropNullMembers, list, Model, str, struct, validate } from "./validation.js";

test("dropNullMembers removes null members at every depth and keeps null list items", () => {
  const input = { a: null, b: { c: null, d: 1, e: [null, { f: null, g: 2 }] } };
  dropNullMembers(input);
  assert.deepEqual(input, { b: { d: 1, e: [null, { g: 2 }] } });
});

test("dropNullMembers walks 100,000 levels without overflowing the stack", () => {
  let deep: unknown = { x: null };
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  assert.doesNotThrow(() => dropNullMembers(deep));
});

test("validate: null members are absent, required ones are 'must not be null'", () => {
  const shape = { UserPoolId: Model.UserPoolId, Filter: str({ max: 256 }), Attrs: list({ member: str() }) };
  const ok: Record<string, unknown> = { UserPoolId: "us-east-1_abc", Filter: null, Attrs: null };
  validate(shape, ok);
  assert.deepEqual(ok, { UserPoolId: "us-east-1_abc" });
  assert.throws(
    () => validate(shape, { UserPoolId: null }),
    (e: AwsJsonError) =>
      e.type === "InvalidParameterException" && /Value null at 'userPoolId' failed to satisfy constraint: Member must not be null/.test(e.message),
  );
  assert.throws(
    () => validate(shape, { UserPoolId: "us-east-1_abc", Attrs: [null] }),
    (e: AwsJsonError) => e.type === "SerializationException",
  );
});

test("validate reads own members only: an inherited name is not a value", () => {
  const shape = { constructor: str({ required: true }), toString: struct({}) };
  assert.throws(
    () => validate(shape, {}),
    (e: AwsJsonError) => e.type === "InvalidParameterException" && /'constructor'/.test(e.message),
  );
});

test("validate quotes at most 256 characters of a value", () => {
  assert.throws(
    () => validate({ UserPoolId: Model.UserPoolId }, { UserPoolId: "x".repeat(20_000) }),
    (e: AwsJsonError) => e.message.length < 1_000 && e.message.includes(`'${"x".repeat(256)}...'`),
  );
});
