import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { issueTokens } from "../../src/cognito/tokens/issue.js";
import { createDemo, DEMO } from "../../src/demo/create.js";
import { startServer, type TestServer } from "../harness/server.js";

describe("poolgate start --demo", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  /** Tokens for the demo user (web client) and for the machine client with a scope, from poolgate's own issuer. */
  function demoTokens() {
    const s = t.app.services;
    const pool = s.cognito.pools.list().find((p) => p.Name === DEMO.poolName);
    assert.ok(pool);
    const clients = s.cognito.clients.listByPool(pool.Id);
    const web = clients.find((c) => c.ClientName === DEMO.webClient);
    const machine = clients.find((c) => c.ClientName === DEMO.machineClient);
    const user = s.cognito.users.get(pool.Id, DEMO.username);
    assert.ok(web && machine && user);
    const deps = { store: s.cognito, keys: s.keys, clock: s.clock, urls: s.urls };
    const userTokens = issueTokens(deps, { pool, client: web, user, withRefreshToken: false });
    const scoped = issueTokens(deps, { pool, client: web, user, scope: "pets/write", oauth: true, withRefreshToken: false });
    return { id: userTokens.IdToken as string, access: userTokens.AccessToken, scoped: scoped.AccessToken };
  }

  it("creates the pool, clients, user and a deployed /pets API, and prints working and failing calls", async () => {
    const text = await createDemo(t.app.services);
    const pool = t.app.services.cognito.pools.list().find((p) => p.Name === DEMO.poolName);
    assert.ok(pool);
    assert.ok(text.includes(pool.Id));
    assert.ok(text.includes(`${t.url}/_aws/execute-api/${DEMO.restApiId}/${DEMO.stage}`));
    assert.ok(text.includes("initiate-auth"));
    assert.ok(text.includes(DEMO.password));

    const { id, access, scoped } = demoTokens();
    const api = `${t.url}/_aws/execute-api/${DEMO.restApiId}/${DEMO.stage}`;
    const call = (method: string, path: string, token?: string) => fetch(`${api}${path}`, { method, headers: token ? { Authorization: token } : {} });
    const ok = await call("GET", "/pets", id);
    assert.equal(ok.status, 200);
    const body = (await ok.json()) as { pets: unknown[]; caller: string };
    assert.equal(body.pets.length, 2);
    assert.equal(body.caller, DEMO.username);
    assert.equal((await call("POST", "/pets", `Bearer ${scoped}`)).status, 201);
    const refusals: [string, string, string | undefined, number][] = [
      ["GET", "/pets", undefined, 401],
      ["GET", "/pets", access, 401],
      ["POST", "/pets", id, 401],
      ["POST", "/pets", access, 401],
      ["GET", "/pet", id, 403],
    ];
    for (const [method, path, token, status] of refusals)
      assert.equal((await call(method, path, token)).status, status, `${method} ${path} ${token ? "with token" : ""}`);
  });

  it("finds the demo again on the next start instead of duplicating it", async () => {
    const before = t.app.services.cognito.pools.list().filter((p) => p.Name === DEMO.poolName);
    const text = await createDemo(t.app.services);
    const afterPools = t.app.services.cognito.pools.list().filter((p) => p.Name === DEMO.poolName);
    assert.equal(afterPools.length, 1);
    assert.equal(afterPools[0]?.Id, before[0]?.Id);
    assert.ok(text.includes(before[0]?.Id ?? "missing"));
  });
});
