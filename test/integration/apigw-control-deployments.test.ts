import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteDeploymentCommand,
  DeleteGatewayResponseCommand,
  DeleteStageCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  GetStageCommand,
  GetStagesCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  type RestApi,
  UpdateDeploymentCommand,
  UpdateGatewayResponseCommand,
  UpdateMethodCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { deploymentReader } from "../../src/store/apigateway/index.js";
import { startServer, type TestServer } from "../harness/server.js";

const POOL_ARN = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbCdEf123";

describe("API Gateway deployments, stages and gateway responses through the AWS SDK v3", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
  });
  after(async () => {
    await t.stop();
  });

  /** An API with GET /pets (MOCK) behind a Cognito authorizer. */
  async function petsApi(name: string): Promise<{ api: RestApi; petsId: string; authorizerId: string }> {
    const api = await apigw.send(new CreateRestApiCommand({ name }));
    const pets = await apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
    const a = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "c",
        type: "COGNITO_USER_POOLS",
        providerARNs: [POOL_ARN],
        identitySource: "method.request.header.Authorization",
      }),
    );
    await apigw.send(
      new PutMethodCommand({ restApiId: api.id, resourceId: pets.id, httpMethod: "GET", authorizationType: "COGNITO_USER_POOLS", authorizerId: a.id }),
    );
    await apigw.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: pets.id,
        httpMethod: "GET",
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode":200}' },
      }),
    );
    return { api, petsId: pets.id as string, authorizerId: a.id as string };
  }

  it("refuses to deploy an API without methods, or a method without an integration", async () => {
    const empty = await apigw.send(new CreateRestApiCommand({ name: "empty" }));
    await assert.rejects(apigw.send(new CreateDeploymentCommand({ restApiId: empty.id, stageName: "dev" })), {
      name: "BadRequestException",
      message: "The REST API doesn't contain any methods",
    });
    await apigw.send(new PutMethodCommand({ restApiId: empty.id, resourceId: empty.rootResourceId, httpMethod: "GET", authorizationType: "NONE" }));
    await assert.rejects(apigw.send(new CreateDeploymentCommand({ restApiId: empty.id })), {
      name: "BadRequestException",
      message: "No integration defined for method",
    });
  });

  it("deploys to a stage and serves the frozen snapshot until the next deployment", async () => {
    const { api, petsId, authorizerId } = await petsApi("redeploy");
    const reader = deploymentReader(t.app.services.db);
    const d1 = await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev", description: "first", variables: { pool: "a" } }));
    assert.equal(d1.$metadata.httpStatusCode, 201);
    assert.match(d1.id ?? "", /^[a-z0-9]{10}$/);
    const stage = await apigw.send(new GetStageCommand({ restApiId: api.id, stageName: "dev" }));
    assert.equal(stage.deploymentId, d1.id);
    assert.deepEqual(stage.variables, { pool: "a" });
    assert.equal(stage.cacheClusterStatus, "NOT_AVAILABLE");

    // Edit the live API: scopes on the method, a new method, a policy. None of it is served yet.
    await apigw.send(
      new UpdateMethodCommand({
        restApiId: api.id,
        resourceId: petsId,
        httpMethod: "GET",
        patchOperations: [{ op: "add", path: "/authorizationScopes", value: "pets/read" }],
      }),
    );
    await apigw.send(
      new PutMethodCommand({ restApiId: api.id, resourceId: petsId, httpMethod: "POST", authorizationType: "COGNITO_USER_POOLS", authorizerId }),
    );
    await apigw.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: petsId, httpMethod: "POST", type: "MOCK" }));
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Deny", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" }],
    });
    await apigw.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/policy", value: policy }] }));

    const served = () => {
      const st = reader.stage(api.id as string, "dev");
      assert.ok(st);
      const snap = reader.snapshot(api.id as string, st.deploymentId);
      assert.ok(snap);
      return snap;
    };
    let snap = served();
    assert.equal(snap.deploymentId, d1.id);
    const petsOld = snap.resources.find((r) => r.path === "/pets");
    assert.deepEqual(Object.keys(petsOld?.resourceMethods ?? {}), ["GET"]);
    assert.equal(petsOld?.resourceMethods?.GET?.authorizationScopes, undefined);
    assert.equal(snap.api.policy, undefined);
    assert.equal(snap.authorizers[0]?.providerARNs?.[0], POOL_ARN);

    const d2 = await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    snap = served();
    assert.equal(snap.deploymentId, d2.id);
    const petsNew = snap.resources.find((r) => r.path === "/pets");
    assert.deepEqual(Object.keys(petsNew?.resourceMethods ?? {}).sort(), ["GET", "POST"]);
    assert.deepEqual(petsNew?.resourceMethods?.GET?.authorizationScopes, ["pets/read"]);
    assert.equal(snap.policyDocument?.Statement[0]?.Resource, `arn:aws:execute-api:us-east-1:000000000000:${api.id}/*`);
    assert.deepEqual((await apigw.send(new GetStageCommand({ restApiId: api.id, stageName: "dev" }))).variables, { pool: "a" }, "variables survive a redeploy");

    // The old deployment is still readable, and it is frozen.
    const old = reader.snapshot(api.id as string, d1.id as string);
    assert.deepEqual(Object.keys(old?.resources.find((r) => r.path === "/pets")?.resourceMethods ?? {}), ["GET"]);
    assert.equal(reader.restApiExists(api.id as string), true);
    assert.equal(reader.restApiExists("nope000000"), false);
    assert.equal(reader.stage(api.id as string, "prod"), undefined);

    const summary = await apigw.send(new GetDeploymentCommand({ restApiId: api.id, deploymentId: d2.id, embed: ["apisummary"] }));
    assert.deepEqual(summary.apiSummary?.["/pets"]?.POST, { authorizationType: "COGNITO_USER_POOLS", apiKeyRequired: false });
    const described = await apigw.send(
      new UpdateDeploymentCommand({ restApiId: api.id, deploymentId: d2.id, patchOperations: [{ op: "replace", path: "/description", value: "second" }] }),
    );
    assert.equal(described.description, "second");
    assert.equal(reader.snapshot(api.id as string, d2.id as string)?.deploymentId, d2.id, "the snapshot is untouched");
    const all = await apigw.send(new GetDeploymentsCommand({ restApiId: api.id }));
    assert.deepEqual(
      all.items?.map((d) => d.id),
      [d1.id, d2.id],
    );
  });

  it("creates, repoints, patches and deletes stages; a deployment in use cannot be deleted", async () => {
    const { api } = await petsApi("stages");
    const d1 = await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, description: "no stage" }));
    const d2 = await apigw.send(new CreateDeploymentCommand({ restApiId: api.id }));
    const st = await apigw.send(new CreateStageCommand({ restApiId: api.id, stageName: "prod", deploymentId: d1.id, variables: { a: "1" } }));
    assert.equal(st.$metadata.httpStatusCode, 201);
    assert.equal(st.deploymentId, d1.id);
    await assert.rejects(apigw.send(new CreateStageCommand({ restApiId: api.id, stageName: "prod", deploymentId: d1.id })), { name: "ConflictException" });
    await assert.rejects(apigw.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d1.id })), {
      name: "BadRequestException",
      message: "Active stages pointing to this deployment must be moved or deleted",
    });
    const patched = await apigw.send(
      new UpdateStageCommand({
        restApiId: api.id,
        stageName: "prod",
        patchOperations: [
          { op: "replace", path: "/deploymentId", value: d2.id },
          { op: "replace", path: "/variables/b", value: "2" },
          { op: "remove", path: "/variables/a" },
        ],
      }),
    );
    assert.equal(patched.deploymentId, d2.id);
    assert.deepEqual(patched.variables, { b: "2" });
    await assert.rejects(
      apigw.send(
        new UpdateStageCommand({ restApiId: api.id, stageName: "prod", patchOperations: [{ op: "replace", path: "/variables/b", value: "bad value!" }] }),
      ),
      { name: "BadRequestException" },
    );
    await apigw.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d1.id }));
    assert.deepEqual(
      (await apigw.send(new GetStagesCommand({ restApiId: api.id }))).item?.map((s) => s.stageName),
      ["prod"],
    );
    await apigw.send(new DeleteStageCommand({ restApiId: api.id, stageName: "prod" }));
    await assert.rejects(apigw.send(new GetStageCommand({ restApiId: api.id, stageName: "prod" })), {
      name: "NotFoundException",
      message: "Invalid Stage identifier specified",
    });
  });

  it("lists all 21 gateway responses with defaults, customises one, and resets it", async () => {
    const { api } = await petsApi("responses");
    const all = await apigw.send(new GetGatewayResponsesCommand({ restApiId: api.id, limit: 500 }));
    assert.equal(all.items?.length, 21);
    const unauthorized = all.items?.find((r) => r.responseType === "UNAUTHORIZED");
    assert.deepEqual(unauthorized, {
      responseType: "UNAUTHORIZED",
      statusCode: "401",
      responseParameters: {},
      responseTemplates: { "application/json": '{"message":$context.error.messageString}' },
      defaultResponse: true,
    });
    assert.equal(all.items?.find((r) => r.responseType === "DEFAULT_4XX")?.statusCode, undefined);
    const put = await apigw.send(
      new PutGatewayResponseCommand({
        restApiId: api.id,
        responseType: "UNAUTHORIZED",
        statusCode: "401",
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
      }),
    );
    assert.equal(put.defaultResponse, false);
    const upd = await apigw.send(
      new UpdateGatewayResponseCommand({
        restApiId: api.id,
        responseType: "UNAUTHORIZED",
        patchOperations: [{ op: "add", path: "/responseTemplates/application~1json", value: '{"msg":$context.error.messageString}' }],
      }),
    );
    assert.equal(upd.responseTemplates?.["application/json"], '{"msg":$context.error.messageString}');
    assert.equal(upd.responseParameters?.["gatewayresponse.header.Access-Control-Allow-Origin"], "'*'");
    await apigw.send(new DeleteGatewayResponseCommand({ restApiId: api.id, responseType: "UNAUTHORIZED" }));
    assert.equal((await apigw.send(new GetGatewayResponseCommand({ restApiId: api.id, responseType: "UNAUTHORIZED" }))).defaultResponse, true);
    await assert.rejects(apigw.send(new DeleteGatewayResponseCommand({ restApiId: api.id, responseType: "UNAUTHORIZED" })), {
      name: "NotFoundException",
      message: "Gateway response type not defined on api",
    });
    await assert.rejects(apigw.send(new GetGatewayResponseCommand({ restApiId: api.id, responseType: "NOPE" as never })), { name: "ValidationException" });
    // Customised responses are frozen into deployments.
    await apigw.send(new PutGatewayResponseCommand({ restApiId: api.id, responseType: "ACCESS_DENIED", statusCode: "403" }));
    const d = await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const snap = deploymentReader(t.app.services.db).snapshot(api.id as string, d.id as string);
    assert.deepEqual(
      snap?.gatewayResponses.map((r) => r.responseType),
      ["ACCESS_DENIED"],
    );
  });
});
