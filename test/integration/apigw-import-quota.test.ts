import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  APIGatewayClient,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  ImportRestApiCommand,
  PutRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, TEST_CREDENTIALS, type TestServer } from "../harness/server.js";

/**
 * API Gateway's quota of 300 resources per API (the root among them), enforced by ImportRestApi, PutRestApi
 * and CreateResource with AWS's LimitExceededException; and an import that stays linear in its path count.
 */

const LIMIT_MESSAGE = "Maximum number of Resources for this API has been reached.  Please contact AWS if you need additional Resources.";

const docWithPaths = (n: number, prefix = "p") =>
  JSON.stringify({
    openapi: "3.0.1",
    info: { title: `paths-${n}`, version: "1" },
    paths: Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`/${prefix}${i}`, { get: { "x-amazon-apigateway-integration": { type: "mock", requestTemplates: {} } } }]),
    ),
  });

let srv: TestServer;
// LimitExceededException is a 429, which the SDK would retry; one attempt shows AWS's answer as it is.
let client: APIGatewayClient;

before(async () => {
  srv = await startServer();
  client = new APIGatewayClient({ endpoint: srv.url, region: srv.config.region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
});
after(async () => {
  client.destroy();
  await srv.stop();
});

async function resourceCount(restApiId: string): Promise<number> {
  return (await client.send(new GetResourcesCommand({ restApiId, limit: 500 }))).items?.length ?? 0;
}

async function healthy(): Promise<void> {
  const res = await fetch(`${srv.url}/_poolgate/health`);
  assert.equal(res.status, 200);
}

describe("resources per API quota", () => {
  it("ImportRestApi with 299 paths imports all of them (300 resources with the root)", async () => {
    const api = await client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(docWithPaths(299)) }));
    assert.equal(await resourceCount(api.id as string), 300);
    await healthy();
  });

  it("ImportRestApi with 301 paths is refused with LimitExceededException and creates nothing", async () => {
    const before = (await client.send(new GetRestApisCommand({ limit: 500 }))).items?.length;
    await rejectsWith(client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(docWithPaths(301)) })), "LimitExceededException", LIMIT_MESSAGE);
    assert.equal((await client.send(new GetRestApisCommand({ limit: 500 }))).items?.length, before);
    await healthy();
  });

  it("the refusal is a 429 with x-amzn-ErrorType and {message}", async () => {
    const res = await fetch(`${srv.url}/restapis?mode=import`, { method: "POST", body: docWithPaths(400) });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get("x-amzn-errortype"), "LimitExceededException");
    assert.deepEqual(await res.json(), { message: LIMIT_MESSAGE });
  });

  it("a nested path counts every segment it creates", async () => {
    const deep = `/${Array.from({ length: 300 }, (_, i) => `s${i}`).join("/")}`;
    const doc = JSON.stringify({ openapi: "3.0.1", info: { title: "deep", version: "1" }, paths: { [deep]: { get: {} } } });
    await rejectsWith(client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(doc) })), "LimitExceededException", LIMIT_MESSAGE);
  });

  it("PutRestApi merge past the quota is refused and leaves the API as it was", async () => {
    const api = await client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(docWithPaths(200, "a")) }));
    const restApiId = api.id as string;
    await rejectsWith(
      client.send(new PutRestApiCommand({ restApiId, mode: "merge", body: new TextEncoder().encode(docWithPaths(200, "b")) })),
      "LimitExceededException",
      LIMIT_MESSAGE,
    );
    assert.equal(await resourceCount(restApiId), 201);
    // overwrite replaces the resources, so the same 200 paths fit.
    await client.send(new PutRestApiCommand({ restApiId, mode: "overwrite", body: new TextEncoder().encode(docWithPaths(200, "b")) }));
    assert.equal(await resourceCount(restApiId), 201);
  });

  it("CreateResource past the quota is refused the same way", async () => {
    const api = await client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(docWithPaths(299)) }));
    const restApiId = api.id as string;
    const root = (await client.send(new GetResourcesCommand({ restApiId, limit: 500 }))).items?.find((r) => r.path === "/");
    await rejectsWith(
      client.send(new CreateResourceCommand({ restApiId, parentId: root?.id as string, pathPart: "one-too-many" })),
      "LimitExceededException",
      LIMIT_MESSAGE,
    );
    assert.equal(await resourceCount(restApiId), 300);
  });

  it("CreateResource below the quota still creates", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "small" }));
    const r = await client.send(new CreateResourceCommand({ restApiId: api.id as string, parentId: api.rootResourceId as string, pathPart: "ok" }));
    assert.equal(r.path, "/ok");
  });

  it("a document of 4,000 paths is refused at once and the server keeps answering", async () => {
    const res = await fetch(`${srv.url}/restapis?mode=import`, { method: "POST", body: docWithPaths(4000) });
    assert.equal(res.status, 429);
    await healthy();
  });
});
