import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteRestApiCommand,
  DeleteStageCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * The invoke path keeps stages in memory; every control-plane change to a stage must show on the very next request
 * (the gateway reads stages through a cache, see docs/gateway.md#performance).
 */
describe("invoke: stage changes show on the next request", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  let apiId: string;
  let resourceId: string;

  const get = async () => {
    const res = await fetch(`${t.url}/_aws/execute-api/${apiId}/dev/v`);
    return { status: res.status, body: await res.text() };
  };
  const mockAnswering = async (template: string) => {
    await apigw.send(
      new PutIntegrationCommand({
        restApiId: apiId,
        resourceId,
        httpMethod: "GET",
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
      }),
    );
    await apigw.send(
      new PutIntegrationResponseCommand({
        restApiId: apiId,
        resourceId,
        httpMethod: "GET",
        statusCode: "200",
        responseTemplates: { "application/json": template },
      }),
    );
  };

  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
    const api = await apigw.send(new CreateRestApiCommand({ name: "stages" }));
    apiId = api.id!;
    resourceId = (await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId!, pathPart: "v" }))).id!;
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId, httpMethod: "GET", authorizationType: "NONE" }));
    await apigw.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId, httpMethod: "GET", statusCode: "200" }));
    await mockAnswering('{"v":"$stageVariables.v","deployment":"first"}');
    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev", variables: { v: "one" } }));
  });
  after(async () => {
    await t.stop();
  });

  it("UpdateStage, CreateDeployment, DeleteStage and DeleteRestApi", async () => {
    assert.deepEqual(await get(), { status: 200, body: '{"v":"one","deployment":"first"}' });
    assert.deepEqual(await get(), { status: 200, body: '{"v":"one","deployment":"first"}' });

    await apigw.send(new UpdateStageCommand({ restApiId: apiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/variables/v", value: "two" }] }));
    assert.deepEqual(await get(), { status: 200, body: '{"v":"two","deployment":"first"}' });

    await mockAnswering('{"v":"$stageVariables.v","deployment":"second"}');
    assert.deepEqual(await get(), { status: 200, body: '{"v":"two","deployment":"first"}' }, "an undeployed change is not served");
    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev" }));
    assert.deepEqual(await get(), { status: 200, body: '{"v":"two","deployment":"second"}' });

    await apigw.send(new DeleteStageCommand({ restApiId: apiId, stageName: "dev" }));
    assert.deepEqual(await get(), { status: 403, body: '{"message":"Forbidden"}' });

    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev", variables: { v: "three" } }));
    assert.deepEqual(await get(), { status: 200, body: '{"v":"three","deployment":"second"}' });

    await apigw.send(new DeleteRestApiCommand({ restApiId: apiId }));
    assert.equal((await get()).status, 404);
  });
});
