import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateAuthorizerCommand,
  CreateRestApiCommand,
  DeleteAuthorizerCommand,
  DeleteIntegrationCommand,
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  type RestApi,
  UpdateAuthorizerCommand,
  UpdateIntegrationCommand,
  UpdateMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { startServer, type TestServer } from "../harness/server.js";

const POOL_ARN = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbCdEf123";
const AUTH_MESSAGE = "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.";

describe("API Gateway methods, integrations and authorizers through the AWS SDK v3", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  let api: RestApi;
  const root = () => api.rootResourceId as string;
  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
    api = await apigw.send(new CreateRestApiCommand({ name: "methods" }));
  });
  after(async () => {
    await t.stop();
  });

  it("creates a Cognito authorizer and reads it back in AWS's shape", async () => {
    const a = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "CognitoAuth",
        type: "COGNITO_USER_POOLS",
        providerARNs: [POOL_ARN],
        identitySource: "method.request.header.Authorization",
      }),
    );
    assert.match(a.id ?? "", /^[a-z0-9]{6}$/);
    const got = await apigw.send(new GetAuthorizerCommand({ restApiId: api.id, authorizerId: a.id }));
    assert.deepEqual(
      { name: got.name, type: got.type, providerARNs: got.providerARNs, identitySource: got.identitySource },
      { name: "CognitoAuth", type: "COGNITO_USER_POOLS", providerARNs: [POOL_ARN], identitySource: "method.request.header.Authorization" },
    );
    const list = await apigw.send(new GetAuthorizersCommand({ restApiId: api.id }));
    assert.ok(list.items?.some((x) => x.id === a.id));
  });

  it("refuses bad authorizers with AWS's errors", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ type: "COGNITO_USER_POOLS", identitySource: "method.request.header.Authorization" }, "BadRequestException", /provider ARN/i],
      [
        {
          type: "COGNITO_USER_POOLS",
          providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:pool/x"],
          identitySource: "method.request.header.Authorization",
        },
        "BadRequestException",
        /Invalid ARN/,
      ],
      [
        { type: "COGNITO_USER_POOLS", providerARNs: [POOL_ARN], identitySource: "method.request.querystring.token" },
        "BadRequestException",
        /^Invalid token source expression/,
      ],
      [
        { type: "OTHER", providerARNs: [POOL_ARN] },
        "ValidationException",
        /at 'createAuthorizerInput.type' failed to satisfy constraint: Member must satisfy enum value set: \[TOKEN, REQUEST, COGNITO_USER_POOLS\]/,
      ],
    ];
    for (const [input, name, message] of cases)
      await assert.rejects(apigw.send(new CreateAuthorizerCommand({ restApiId: api.id, name: "bad", ...input } as never)), (e: Error) => {
        assert.equal(e.name, name, JSON.stringify(input));
        assert.match(e.message, message);
        return true;
      });
    await assert.rejects(
      apigw.send(new CreateAuthorizerCommand({ restApiId: "missing000", name: "x", type: "COGNITO_USER_POOLS", providerARNs: [POOL_ARN] })),
      {
        name: "ConflictException",
        message: "Unable to complete operation due to concurrent modification. Please try again later.",
      },
    );
    await assert.rejects(apigw.send(new GetAuthorizerCommand({ restApiId: api.id, authorizerId: "nope00" })), {
      name: "NotFoundException",
      message: "Invalid Authorizer identifier specified",
    });
  });

  it("patches an authorizer's pools and scalars as Terraform does", async () => {
    const a = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "multi",
        type: "COGNITO_USER_POOLS",
        providerARNs: [POOL_ARN],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const other = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_Other1234";
    const updated = await apigw.send(
      new UpdateAuthorizerCommand({
        restApiId: api.id,
        authorizerId: a.id,
        patchOperations: [
          { op: "add", path: "/providerARNs", value: other },
          { op: "remove", path: "/providerARNs", value: POOL_ARN },
          { op: "replace", path: "/authorizerResultTtlInSeconds", value: "60" },
          { op: "replace", path: "/identityValidationExpression", value: "^[a-z0-9]{26}$" },
        ],
      }),
    );
    assert.deepEqual(updated.providerARNs, [other]);
    assert.equal(updated.authorizerResultTtlInSeconds, 60);
    assert.equal(updated.identityValidationExpression, "^[a-z0-9]{26}$");
    await assert.rejects(
      apigw.send(
        new UpdateAuthorizerCommand({ restApiId: api.id, authorizerId: a.id, patchOperations: [{ op: "remove", path: "/providerARNs", value: other }] }),
      ),
      { name: "BadRequestException" },
      "the pool list may not become empty",
    );
    await apigw.send(new DeleteAuthorizerCommand({ restApiId: api.id, authorizerId: a.id }));
    await assert.rejects(apigw.send(new GetAuthorizerCommand({ restApiId: api.id, authorizerId: a.id })), { name: "NotFoundException" });
  });

  it("puts a Cognito method with scopes, and refuses one without a valid Cognito authorizer", async () => {
    const a = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "forMethod",
        type: "COGNITO_USER_POOLS",
        providerARNs: [POOL_ARN],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const m = await apigw.send(
      new PutMethodCommand({
        restApiId: api.id,
        resourceId: root(),
        httpMethod: "post",
        authorizationType: "COGNITO_USER_POOLS",
        authorizerId: a.id,
        authorizationScopes: ["pets/write"],
      }),
    );
    assert.equal(m.$metadata.httpStatusCode, 201);
    assert.equal(m.httpMethod, "POST");
    assert.deepEqual(m.authorizationScopes, ["pets/write"]);
    await assert.rejects(apigw.send(new PutMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "POST", authorizationType: "NONE" })), {
      name: "ConflictException",
    });
    for (const authorizerId of [undefined, "nope00"])
      await assert.rejects(
        apigw.send(new PutMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "PUT", authorizationType: "COGNITO_USER_POOLS", authorizerId })),
        {
          name: "BadRequestException",
          message: AUTH_MESSAGE,
        },
      );
    await assert.rejects(apigw.send(new PutMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "FETCH", authorizationType: "NONE" })), {
      name: "BadRequestException",
      message: "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY",
    });
    await assert.rejects(apigw.send(new GetMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "DELETE" })), {
      name: "NotFoundException",
      message: "Invalid Method identifier specified",
    });
    await assert.rejects(
      apigw.send(new DeleteAuthorizerCommand({ restApiId: api.id, authorizerId: a.id })),
      { name: "ConflictException" },
      "an authorizer in use stays",
    );
  });

  it("updates a method: switch to Cognito, add and remove scopes, and back to NONE drops the authorizer", async () => {
    const a = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "upd",
        type: "COGNITO_USER_POOLS",
        providerARNs: [POOL_ARN],
        identitySource: "method.request.header.Authorization",
      }),
    );
    await apigw.send(new PutMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "PATCH", authorizationType: "NONE" }));
    await assert.rejects(
      apigw.send(
        new UpdateMethodCommand({
          restApiId: api.id,
          resourceId: root(),
          httpMethod: "PATCH",
          patchOperations: [{ op: "replace", path: "/authorizationType", value: "COGNITO_USER_POOLS" }],
        }),
      ),
      { name: "BadRequestException", message: AUTH_MESSAGE },
    );
    const cognito = await apigw.send(
      new UpdateMethodCommand({
        restApiId: api.id,
        resourceId: root(),
        httpMethod: "PATCH",
        patchOperations: [
          { op: "replace", path: "/authorizationType", value: "COGNITO_USER_POOLS" },
          { op: "replace", path: "/authorizerId", value: a.id },
          { op: "add", path: "/authorizationScopes", value: "a/read" },
          { op: "add", path: "/authorizationScopes", value: "a/write" },
          { op: "remove", path: "/authorizationScopes", value: "a/read" },
        ],
      }),
    );
    assert.equal(cognito.authorizerId, a.id);
    assert.deepEqual(cognito.authorizationScopes, ["a/write"]);
    const none = await apigw.send(
      new UpdateMethodCommand({
        restApiId: api.id,
        resourceId: root(),
        httpMethod: "PATCH",
        patchOperations: [{ op: "replace", path: "/authorizationType", value: "NONE" }],
      }),
    );
    assert.equal(none.authorizerId, undefined);
    assert.equal(none.authorizationScopes, undefined);
  });

  it("puts integrations with AWS's read-back defaults and their responses", async () => {
    await apigw.send(new PutMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", authorizationType: "NONE" }));
    await assert.rejects(apigw.send(new GetIntegrationCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET" })), {
      name: "NotFoundException",
      message: "Invalid Integration identifier specified",
    });
    const i = await apigw.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: root(),
        httpMethod: "GET",
        type: "HTTP_PROXY",
        integrationHttpMethod: "GET",
        uri: "http://127.0.0.1:9/x",
      }),
    );
    assert.equal(i.timeoutInMillis, 29000);
    assert.equal(i.passthroughBehavior, "WHEN_NO_MATCH");
    assert.equal(i.connectionType, "INTERNET");
    assert.equal(i.cacheNamespace, root());
    assert.deepEqual(i.cacheKeyParameters, []);
    assert.equal(i.httpMethod, "GET");
    await assert.rejects(
      apigw.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", type: "HTTPS_PROXY" as never, uri: "http://x" })),
      (e: Error) => {
        assert.equal(e.name, "ValidationException");
        assert.equal(
          e.message,
          "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]",
        );
        return true;
      },
    );
    const mock = await apigw.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: root(),
        httpMethod: "GET",
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
      }),
    );
    assert.equal(mock.type, "MOCK");
    const ir = await apigw.send(
      new PutIntegrationResponseCommand({
        restApiId: api.id,
        resourceId: root(),
        httpMethod: "GET",
        statusCode: "200",
        responseTemplates: { "application/json": '{"ok":true}' },
      }),
    );
    assert.equal(ir.statusCode, "200");
    const mr = await apigw.send(new PutMethodResponseCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", statusCode: "200" }));
    assert.equal(mr.statusCode, "200");
    const method = await apigw.send(new GetMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET" }));
    assert.equal(method.methodIntegration?.integrationResponses?.["200"]?.responseTemplates?.["application/json"], '{"ok":true}');
    assert.equal(method.methodResponses?.["200"]?.statusCode, "200");
    const patched = await apigw.send(
      new UpdateIntegrationCommand({
        restApiId: api.id,
        resourceId: root(),
        httpMethod: "GET",
        patchOperations: [{ op: "add", path: "/requestTemplates/text~1plain", value: "hi" }],
      }),
    );
    assert.equal(patched.requestTemplates?.["text/plain"], "hi");
    assert.equal(
      (await apigw.send(new GetIntegrationResponseCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", statusCode: "200" }))).statusCode,
      "200",
    );
    assert.equal(
      (await apigw.send(new GetMethodResponseCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", statusCode: "200" }))).statusCode,
      "200",
    );
    const del = await apigw.send(new DeleteIntegrationResponseCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", statusCode: "200" }));
    assert.equal(del.$metadata.httpStatusCode, 204);
    await apigw.send(new DeleteMethodResponseCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", statusCode: "200" }));
    await assert.rejects(apigw.send(new GetMethodResponseCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET", statusCode: "200" })), {
      name: "NotFoundException",
    });
    await apigw.send(new DeleteIntegrationCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET" }));
    await assert.rejects(apigw.send(new GetIntegrationCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET" })), { name: "NotFoundException" });
    await apigw.send(new DeleteMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET" }));
    await assert.rejects(apigw.send(new GetMethodCommand({ restApiId: api.id, resourceId: root(), httpMethod: "GET" })), { name: "NotFoundException" });
  });
});
