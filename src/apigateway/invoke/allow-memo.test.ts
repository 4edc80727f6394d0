import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { test } from "node:test";
import type { Authorizer, Method } from "../../shapes/apigateway.js";
import { AllowMemo } from "./allow-memo.js";

const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const authorizer = { id: "a1", name: "pool", type: "COGNITO_USER_POOLS", providerARNs: [] } as unknown as Authorizer;
const method = { httpMethod: "GET", authorizationType: "COGNITO_USER_POOLS" } as unknown as Method;
const keys = () => publicKey;
const token = `eyJhbGciOiJSUzI1NiJ9.${"x".repeat(800)}.${"s".repeat(342)}`;
const entry = { authorizer, method, poolId: "us-east-1_abc", kid: "k1", key: publicKey, exp: 2000, findings: [], claims: { sub: "u" } };

test("an allow is remembered for the very same header value only", () => {
  const memo = new AllowMemo();
  memo.set(token, entry);
  assert.equal(memo.get(token, authorizer, method, 1000, keys)?.claims.sub, "u");
  // Same ending (the signature), different header: not the remembered one.
  assert.equal(memo.get(`Bearer ${token}`, authorizer, method, 1000, keys), undefined);
  assert.equal(memo.get(`x${token.slice(1)}`, authorizer, method, 1000, keys), undefined);
});

test("a remembered allow is not reused once expired, for another method or with another key", () => {
  const memo = new AllowMemo();
  memo.set(token, entry);
  assert.equal(memo.get(token, authorizer, method, 2000, keys), undefined);
  assert.equal(memo.get(token, authorizer, { ...method }, 1000, keys), undefined);
  assert.equal(
    memo.get(token, authorizer, method, 1000, () => undefined),
    undefined,
  );
});

test("the memo is bounded by the characters of the headers it keeps, and never keeps a huge header", () => {
  const memo = new AllowMemo({ entries: 100, chars: 3 * token.length, entryChars: 4200 });
  const tokens = Array.from({ length: 4 }, (_, i) => `${token.slice(0, -3)}${String(i).padStart(3, "0")}`);
  for (const t of tokens) memo.set(t, entry);
  assert.equal(memo.get(tokens[0], authorizer, method, 1000, keys), undefined, "the oldest left to stay within the budget");
  for (const t of tokens.slice(1)) assert.equal(memo.get(t, authorizer, method, 1000, keys)?.claims.sub, "u");
  const huge = `eyJhbGciOiJSUzI1NiJ9.${"x".repeat(5000)}.${"s".repeat(342)}`;
  memo.set(huge, entry);
  assert.equal(memo.get(huge, authorizer, method, 1000, keys), undefined);
  assert.equal(memo.get(tokens[3], authorizer, method, 1000, keys)?.claims.sub, "u", "a refused huge header evicts nothing");
});
