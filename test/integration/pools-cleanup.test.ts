import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * Deleting a pool or an app client leaves nothing of it behind: refresh tokens, codes and auth sessions
 * are rows without foreign keys, so the delete operations remove them in their transaction. The rows are
 * seeded through the store, as the sign-in flows would have written them.
 */
describe("pool and client deletion clean up tokens, codes and sessions", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  const count = (table: string, where: string, ...args: unknown[]) =>
    (t.app.services.cognito.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...args) as { n: number }).n;

  async function seededPool(name: string) {
    const poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: name }))).UserPool?.Id ?? "";
    const clients: string[] = [];
    for (const c of ["a", "b"])
      clients.push((await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: c }))).UserPoolClient?.ClientId ?? "");
    const store = t.app.services.cognito;
    const now = t.clock.now();
    for (const clientId of clients) {
      store.tokens.insert({
        tokenHash: `${clientId}-hash`,
        poolId,
        clientId,
        usernameKey: "alice",
        originJti: `${clientId}-origin`,
        authTime: 1,
        scope: null,
        expiresAt: now + 3_600_000,
        revoked: false,
        data: null,
      });
      store.sessions.put(`${clientId}-session`, { challengeName: "NEW_PASSWORD_REQUIRED", poolId, clientId, username: "alice", startedAt: 1 }, now + 180_000);
    }
    store.codes.insert({
      poolId,
      username: "alice",
      purpose: "SIGN_UP",
      code: "123456",
      destination: null,
      medium: null,
      createdAt: now,
      expiresAt: now + 86_400_000,
    });
    return { poolId, clients };
  }

  it("DeleteUserPoolClient removes the client's refresh tokens and sessions only", async () => {
    const { poolId, clients } = await seededPool("client-cleanup");
    const [gone = "", kept = ""] = clients;
    await t.cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: gone }));
    assert.equal(count("refresh_tokens", "client_id = ?", gone), 0);
    assert.equal(count("auth_sessions", "json_extract(data, '$.clientId') = ?", gone), 0);
    assert.equal(count("refresh_tokens", "client_id = ?", kept), 1);
    assert.equal(count("auth_sessions", "json_extract(data, '$.clientId') = ?", kept), 1);
    assert.equal(count("codes", "pool_id = ?", poolId), 1);
  });

  it("DeleteUserPool removes the pool's tokens, codes and sessions, and no other pool's", async () => {
    const doomed = await seededPool("pool-cleanup");
    const other = await seededPool("pool-kept");
    await t.cognito.send(new DeleteUserPoolCommand({ UserPoolId: doomed.poolId }));
    assert.equal(count("refresh_tokens", "pool_id = ?", doomed.poolId), 0);
    assert.equal(count("codes", "pool_id = ?", doomed.poolId), 0);
    assert.equal(count("auth_sessions", "json_extract(data, '$.poolId') = ?", doomed.poolId), 0);
    assert.equal(count("refresh_tokens", "pool_id = ?", other.poolId), 2);
    assert.equal(count("codes", "pool_id = ?", other.poolId), 1);
    assert.equal(count("auth_sessions", "json_extract(data, '$.poolId') = ?", other.poolId), 2);
  });
});
