import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateDeploymentCommand,
  GetAuthorizersCommand,
  GetExportCommand,
  GetGatewayResponseCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  ImportRestApiCommand,
  type Method,
  PutRestApiCommand,
  type Resource,
} from "@aws-sdk/client-api-gateway";
import { parse as parseYaml } from "yaml";
import { startServer, type TestServer } from "../harness/server.js";

const POOL_ARN = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbCdEf123";

// Shape from the AWS guide "Integrate a REST API with an Amazon Cognito user pool" (OpenAPI 3 form).
const OAS3 = {
  openapi: "3.0.1",
  info: { title: "PetStore", description: "imported", version: "1.0" },
  paths: {
    "/pets": {
      get: {
        operationId: "listPets",
        security: [{ MyUserPool: [] }],
        responses: { "200": { description: "ok" } },
        "x-amazon-apigateway-integration": {
          type: "mock",
          requestTemplates: { "application/json": '{"statusCode": 200}' },
          responses: { default: { statusCode: "200", responseTemplates: { "application/json": '[{"id":1}]' } } },
          passthroughBehavior: "when_no_match",
        },
      },
      post: {
        security: [{ MyUserPool: ["pets/write"] }],
        responses: { "201": { description: "created" } },
        "x-amazon-apigateway-integration": { type: "http_proxy", httpMethod: "POST", uri: "http://127.0.0.1:9/pets" },
      },
    },
    "/pets/{petId}": {
      get: {
        parameters: [{ name: "petId", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "ok" } },
        "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' } },
      },
    },
  },
  components: {
    securitySchemes: {
      MyUserPool: {
        type: "apiKey",
        name: "Authorization",
        in: "header",
        "x-amazon-apigateway-authtype": "cognito_user_pools",
        "x-amazon-apigateway-authorizer": { type: "cognito_user_pools", providerARNs: [POOL_ARN] },
      },
    },
  },
  "x-amazon-apigateway-policy": {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" }],
  },
  "x-amazon-apigateway-gateway-responses": {
    UNAUTHORIZED: { statusCode: "401", responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" } },
  },
};

const SWAGGER_YAML = `
swagger: "2.0"
info:
  title: YamlPets
  version: "2"
paths:
  /items:
    get:
      security:
        - Pool: [items/read]
      responses:
        "200":
          description: ok
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
securityDefinitions:
  Pool:
    type: apiKey
    name: X-Token
    in: header
    x-amazon-apigateway-authtype: cognito_user_pools
    x-amazon-apigateway-authorizer:
      type: cognito_user_pools
      providerARNs:
        - ${POOL_ARN}
`;

const byPath = (items: Resource[] | undefined) => Object.fromEntries((items ?? []).map((r) => [r.path, r]));
const text = (body: Uint8Array | undefined) => new TextDecoder().decode(body);

describe("OpenAPI import and export of REST APIs", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
  });
  after(async () => {
    await t.stop();
  });

  it("imports OpenAPI 3 JSON with a Cognito scheme, scopes, integrations, policy and gateway responses", async () => {
    const api = await apigw.send(
      new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(OAS3)), parameters: { endpointConfigurationTypes: "REGIONAL" } }),
    );
    assert.equal(api.$metadata.httpStatusCode, 201);
    assert.deepEqual(api.endpointConfiguration?.types, ["REGIONAL"]);
    assert.equal(api.name, "PetStore");
    assert.equal(api.version, "1.0");
    assert.ok(api.policy?.includes(`arn:aws:execute-api:us-east-1:000000000000:${api.id}/*`));
    const authorizers = await apigw.send(new GetAuthorizersCommand({ restApiId: api.id }));
    assert.equal(authorizers.items?.length, 1);
    const a = authorizers.items?.[0];
    assert.deepEqual(
      { name: a?.name, type: a?.type, providerARNs: a?.providerARNs, authType: a?.authType, identitySource: a?.identitySource },
      {
        name: "MyUserPool",
        type: "COGNITO_USER_POOLS",
        providerARNs: [POOL_ARN],
        authType: "cognito_user_pools",
        identitySource: "method.request.header.Authorization",
      },
    );
    const resources = byPath((await apigw.send(new GetResourcesCommand({ restApiId: api.id, embed: ["methods"] }))).items);
    const get = resources["/pets"]?.resourceMethods?.GET;
    assert.equal(get?.authorizationType, "COGNITO_USER_POOLS");
    assert.equal(get?.authorizerId, a?.id);
    assert.equal(get?.authorizationScopes, undefined, "no scopes = ID-token mode");
    assert.equal(get?.operationName, "listPets");
    assert.equal(get?.methodIntegration?.type, "MOCK");
    assert.equal(get?.methodIntegration?.integrationResponses?.["200"]?.responseTemplates?.["application/json"], '[{"id":1}]');
    assert.deepEqual(resources["/pets"]?.resourceMethods?.POST?.authorizationScopes, ["pets/write"]);
    assert.equal(resources["/pets"]?.resourceMethods?.POST?.methodIntegration?.type, "HTTP_PROXY");
    assert.equal(resources["/pets/{petId}"]?.resourceMethods?.GET?.authorizationType, "NONE");
    assert.equal(resources["/pets/{petId}"]?.resourceMethods?.GET?.requestParameters?.["method.request.path.petId"], true);
    const unauthorized = await apigw.send(new GetGatewayResponseCommand({ restApiId: api.id, responseType: "UNAUTHORIZED" }));
    assert.equal(unauthorized.defaultResponse, false);
    assert.equal(unauthorized.responseParameters?.["gatewayresponse.header.Access-Control-Allow-Origin"], "'*'");
  });

  it("round-trips a deployed stage through an oas30 export (JSON) and a new import", async () => {
    const api = await apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(OAS3)) }));
    await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const exported = await apigw.send(
      new GetExportCommand({ restApiId: api.id, stageName: "dev", exportType: "oas30", parameters: { extensions: "apigateway" }, accepts: "application/json" }),
    );
    assert.equal(exported.contentType, "application/json");
    const doc = JSON.parse(text(exported.body));
    assert.equal(doc.openapi, "3.0.1");
    assert.equal(doc.servers[0].variables.basePath.default, "dev");
    assert.deepEqual(doc.paths["/pets"].post.security, [{ MyUserPool: ["pets/write"] }]);
    assert.equal(doc.paths["/pets"].get["x-amazon-apigateway-integration"].type, "mock");
    assert.equal(doc.components.securitySchemes.MyUserPool["x-amazon-apigateway-authorizer"].type, "cognito_user_pools");
    assert.equal(doc["x-amazon-apigateway-policy"].Statement[0].Effect, "Allow");

    const copy = await apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(doc)) }));
    const original = byPath((await apigw.send(new GetResourcesCommand({ restApiId: api.id, embed: ["methods"] }))).items);
    const again = byPath((await apigw.send(new GetResourcesCommand({ restApiId: copy.id, embed: ["methods"] }))).items);
    assert.deepEqual(Object.keys(again).sort(), Object.keys(original).sort());
    for (const path of Object.keys(original))
      for (const [verb, m] of Object.entries(original[path]?.resourceMethods ?? {}) as [string, Method][]) {
        const n = again[path]?.resourceMethods?.[verb];
        assert.equal(n?.authorizationType, m.authorizationType, `${verb} ${path}`);
        assert.deepEqual(n?.authorizationScopes, m.authorizationScopes, `${verb} ${path}`);
        assert.equal(n?.methodIntegration?.type, m.methodIntegration?.type, `${verb} ${path}`);
        assert.equal(n?.methodIntegration?.uri, m.methodIntegration?.uri, `${verb} ${path}`);
      }
  });

  it("imports Swagger 2 YAML and exports YAML of what is deployed, not what is live", async () => {
    const api = await apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode(SWAGGER_YAML), failOnWarnings: true }));
    const [a] = (await apigw.send(new GetAuthorizersCommand({ restApiId: api.id }))).items ?? [];
    assert.equal(a?.identitySource, "method.request.header.X-Token");
    await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "v1" }));
    // Overwrite the live API with the OAS3 document; the stage still serves the YAML one.
    const replaced = await apigw.send(new PutRestApiCommand({ restApiId: api.id, mode: "overwrite", body: new TextEncoder().encode(JSON.stringify(OAS3)) }));
    assert.equal(replaced.name, "PetStore");
    const live = byPath((await apigw.send(new GetResourcesCommand({ restApiId: api.id }))).items);
    assert.deepEqual(Object.keys(live).sort(), ["/", "/pets", "/pets/{petId}"], "overwrite drops /items");
    const exported = await apigw.send(
      new GetExportCommand({
        restApiId: api.id,
        stageName: "v1",
        exportType: "swagger",
        parameters: { extensions: "authorizers" },
        accepts: "application/yaml",
      }),
    );
    assert.equal(exported.contentType, "application/yaml");
    const doc = parseYaml(text(exported.body));
    assert.equal(doc.swagger, "2.0");
    assert.equal(doc.basePath, "/v1");
    assert.deepEqual(Object.keys(doc.paths), ["/items"]);
    assert.deepEqual(doc.paths["/items"].get.security, [{ Pool: ["items/read"] }]);
    assert.equal(doc.paths["/items"].get["x-amazon-apigateway-integration"], undefined, "integrations only with extensions=integrations|apigateway");
    assert.equal(doc.securityDefinitions.Pool.name, "X-Token");
  });

  it("merges a definition into an existing API", async () => {
    const api = await apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode(SWAGGER_YAML) }));
    await apigw.send(new PutRestApiCommand({ restApiId: api.id, mode: "merge", body: new TextEncoder().encode(JSON.stringify(OAS3)) }));
    const live = byPath((await apigw.send(new GetResourcesCommand({ restApiId: api.id }))).items);
    assert.deepEqual(Object.keys(live).sort(), ["/", "/items", "/pets", "/pets/{petId}"]);
    assert.equal((await apigw.send(new GetAuthorizersCommand({ restApiId: api.id }))).items?.length, 2);
    assert.equal((await apigw.send(new GetRestApiCommand({ restApiId: api.id }))).name, "PetStore");
  });

  it("answers unreadable definitions with AWS's message", async () => {
    for (const body of ["{not json", '{"openapi":"9.0","paths":{}}', "just: yaml"])
      await assert.rejects(apigw.send(new ImportRestApiCommand({ body: new TextEncoder().encode(body) })), {
        name: "BadRequestException",
        message: "Invalid OpenAPI input.",
      });
  });
});
