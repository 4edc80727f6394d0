import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { startServer, TEST_CREDENTIALS } from "../harness/server.js";

describe("API Gateway state on disk", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "poolgate-apigw-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps APIs, stages and deployed snapshots across a restart", async () => {
    const first = await startServer({ dataDir: dir });
    const c1 = new APIGatewayClient({ endpoint: first.url, region: "us-east-1", credentials: TEST_CREDENTIALS });
    const api = await c1.send(new CreateRestApiCommand({ name: "kept" }));
    const at = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
    await c1.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    await c1.send(new PutIntegrationCommand({ ...at, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
    await c1.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", responseTemplates: { "application/json": '{"kept":true}' } }));
    const d = await c1.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    c1.destroy();
    await first.stop();

    const second = await startServer({ dataDir: dir });
    const c2 = new APIGatewayClient({ endpoint: second.url, region: "us-east-1", credentials: TEST_CREDENTIALS });
    try {
      assert.equal((await c2.send(new GetStageCommand({ restApiId: api.id, stageName: "dev" }))).deploymentId, d.id);
      assert.equal((await c2.send(new GetResourcesCommand({ restApiId: api.id }))).items?.length, 1);
      const res = await fetch(`${second.url}/_aws/execute-api/${api.id}/dev/`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { kept: true });
    } finally {
      c2.destroy();
      await second.stop();
    }
  });
});
