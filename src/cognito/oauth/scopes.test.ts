import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CognitoStore } from "../../store/cognito/index.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import { clientCredentialsScopes, userFlowScopes } from "./scopes.js";

// Only resourceServers.list is read.
const store = {
  resourceServers: {
    list: () => [{ UserPoolId: "p", Identifier: "https://api.example.com", Name: "api", Scopes: [{ ScopeName: "read", ScopeDescription: "" }] }],
  },
} as unknown as CognitoStore;
const pool = { Id: "us-east-1_abc" } as PoolRecord;
const client = (scopes: string[]) => ({ AllowedOAuthScopes: scopes }) as ClientRecord;

describe("user-flow scopes (code / implicit)", () => {
  const allowed = client(["openid", "email", "https://api.example.com/read", "https://api.example.com/deleted"]);
  const cases: [string, string | null, string[] | "invalid_scope"][] = [
    ["no scope: every allowed scope that still exists", null, ["openid", "email", "https://api.example.com/read"]],
    ["a subset", "openid email", ["openid", "email"]],
    ["'+'-joined scopes arrive as spaces", "openid  https://api.example.com/read", ["openid", "https://api.example.com/read"]],
    ["a scope the client is not allowed", "openid phone", "invalid_scope"],
    ["email without openid", "email", "invalid_scope"],
    ["a deleted resource-server scope is dropped", "openid https://api.example.com/deleted", ["openid"]],
  ];
  for (const [title, requested, expected] of cases)
    it(title, () => {
      const r = userFlowScopes(store, pool, allowed, requested);
      assert.deepEqual(r.ok ? r.scopes : r.error, expected);
    });
});

describe("client_credentials scopes", () => {
  const m2m = client(["https://api.example.com/read"]);
  const cases: [string, string | null, string[] | "invalid_scope"][] = [
    ["no scope: every allowed custom scope", null, ["https://api.example.com/read"]],
    ["openid is refused", "openid", "invalid_scope"],
    ["an unallowed custom scope is refused", "https://api.example.com/write", "invalid_scope"],
  ];
  for (const [title, requested, expected] of cases)
    it(title, () => {
      const r = clientCredentialsScopes(store, pool, m2m, requested);
      assert.deepEqual(r.ok ? r.scopes : r.error, expected);
    });
  it("a client with no custom scope gets invalid_scope", () => {
    assert.deepEqual(clientCredentialsScopes(store, pool, client(["openid"]), null), { ok: false, error: "invalid_scope" });
  });
});
