import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateAuthorizerCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteResourceCommand,
  DeleteRestApiCommand,
  GetAuthorizerCommand,
  GetResourceCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  PutMethodCommand,
  UpdateResourceCommand,
  UpdateRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { startServer, type TestServer } from "../harness/server.js";

describe("API Gateway REST APIs and resources through the AWS SDK v3", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
  });
  after(async () => {
    await t.stop();
  });

  it("creates an API with a root resource and reads it back", async () => {
    const api = await apigw.send(new CreateRestApiCommand({ name: "pets", description: "demo" }));
    assert.match(api.id ?? "", /^[a-z0-9]{10}$/);
    assert.match(api.rootResourceId ?? "", /^[a-z0-9]{6}$/);
    assert.ok(api.createdDate instanceof Date);
    assert.deepEqual(api.endpointConfiguration?.types, ["EDGE"]);
    assert.equal(api.apiKeySource, "HEADER");
    const got = await apigw.send(new GetRestApiCommand({ restApiId: api.id }));
    assert.equal(got.name, "pets");
    assert.equal(got.createdDate?.getTime(), api.createdDate?.getTime());
    const resources = await apigw.send(new GetResourcesCommand({ restApiId: api.id }));
    assert.deepEqual(resources.items, [{ id: api.rootResourceId, path: "/" }]);
  });

  it("pages GetRestApis with limit and position", async () => {
    for (const name of ["p1", "p2", "p3"]) await apigw.send(new CreateRestApiCommand({ name }));
    const seen: string[] = [];
    let position: string | undefined;
    let pages = 0;
    do {
      const page = await apigw.send(new GetRestApisCommand({ limit: 2, position }));
      assert.ok((page.items ?? []).length <= 2);
      seen.push(...(page.items ?? []).map((a) => a.name ?? ""));
      position = page.position;
      pages++;
    } while (position && pages < 10);
    assert.ok(pages >= 2);
    for (const name of ["p1", "p2", "p3"]) assert.ok(seen.includes(name));
    assert.equal(new Set(seen).size, seen.length);
  });

  it("answers a missing API with NotFoundException, status 404, a lower-case message and x-amzn-ErrorType", async () => {
    await assert.rejects(apigw.send(new GetRestApiCommand({ restApiId: "nope123456" })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, "NotFoundException");
      assert.equal(e.message, "Invalid API identifier specified 000000000000:nope123456");
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
    const res = await fetch(`${t.url}/restapis/nope123456`);
    assert.equal(res.status, 404);
    assert.equal(res.headers.get("x-amzn-errortype"), "NotFoundException");
    assert.deepEqual(await res.json(), { message: "Invalid API identifier specified 000000000000:nope123456" });
  });

  it("replaces and removes the resource policy, expanding the execute-api shorthand and escaping the read-back", async () => {
    const api = await apigw.send(new CreateRestApiCommand({ name: "policy" }));
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" }],
    });
    const updated = await apigw.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/policy", value: policy }] }));
    assert.ok(updated.policy?.includes('\\"Version\\"'), "quotes are backslash-escaped as AWS returns them");
    const doc = JSON.parse((updated.policy ?? "").replace(/\\"/g, '"'));
    assert.equal(doc.Statement[0].Resource, `arn:aws:execute-api:us-east-1:000000000000:${api.id}/*`);
    const renamed = await apigw.send(
      new UpdateRestApiCommand({
        restApiId: api.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "renamed" },
          { op: "remove", path: "/policy" },
        ],
      }),
    );
    assert.equal(renamed.name, "renamed");
    assert.equal(renamed.policy, undefined);
    await assert.rejects(
      apigw.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/policy", value: "{not json" }] })),
      { name: "BadRequestException" },
    );
    await assert.rejects(
      apigw.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/nope", value: "x" }] })),
      (e: Error) => {
        assert.equal(e.name, "BadRequestException");
        assert.match(e.message, /^Invalid patch path {2}'\/nope' specified for op 'replace'\. Must be one of: \[/);
        return true;
      },
    );
  });

  it("creates, nests, renames and deletes resources with AWS's conflict and validation errors", async () => {
    const api = await apigw.send(new CreateRestApiCommand({ name: "tree" }));
    const pets = await apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
    assert.equal(pets.path, "/pets");
    assert.equal(pets.parentId, api.rootResourceId);
    const pet = await apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: pets.id, pathPart: "{petId}" }));
    assert.equal(pet.path, "/pets/{petId}");
    await assert.rejects(
      apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" })),
      (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
        assert.equal(e.name, "ConflictException");
        assert.equal(e.$metadata?.httpStatusCode, 409);
        assert.equal(e.message, "Another resource with the same parent already has this name: pets");
        return true;
      },
    );
    const proxy = await apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "{proxy+}" }));
    await assert.rejects(apigw.send(new CreateResourceCommand({ restApiId: api.id, parentId: proxy.id, pathPart: "x" })), {
      name: "BadRequestException",
      message: "Cannot create a child of a resource with a greedy path variable: {proxy+}",
    });
    await assert.rejects(apigw.send(new GetResourceCommand({ restApiId: api.id, resourceId: "zzzzzz" })), {
      name: "NotFoundException",
      message: "Invalid Resource identifier specified",
    });
    const moved = await apigw.send(
      new UpdateResourceCommand({ restApiId: api.id, resourceId: pets.id, patchOperations: [{ op: "replace", path: "/pathPart", value: "animals" }] }),
    );
    assert.equal(moved.path, "/animals");
    const child = await apigw.send(new GetResourceCommand({ restApiId: api.id, resourceId: pet.id }));
    assert.equal(child.path, "/animals/{petId}", "descendant paths follow a rename");
    await apigw.send(new DeleteResourceCommand({ restApiId: api.id, resourceId: pets.id }));
    await assert.rejects(apigw.send(new GetResourceCommand({ restApiId: api.id, resourceId: pet.id })), { name: "NotFoundException" });
  });

  it("lists methods as names without embed and whole with embed=methods", async () => {
    const api = await apigw.send(new CreateRestApiCommand({ name: "embed" }));
    await apigw.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET", authorizationType: "NONE" }));
    const plain = await apigw.send(new GetResourcesCommand({ restApiId: api.id }));
    assert.deepEqual(plain.items?.[0]?.resourceMethods, { GET: {} });
    const embedded = await apigw.send(new GetResourcesCommand({ restApiId: api.id, embed: ["methods"] }));
    assert.equal(embedded.items?.[0]?.resourceMethods?.GET?.authorizationType, "NONE");
    assert.equal(embedded.items?.[0]?.resourceMethods?.GET?.apiKeyRequired, false);
  });

  it("clones an API with cloneFrom: resources, methods and authorizers under new ids", async () => {
    const source = await apigw.send(new CreateRestApiCommand({ name: "source" }));
    const pets = await apigw.send(new CreateResourceCommand({ restApiId: source.id, parentId: source.rootResourceId, pathPart: "pets" }));
    const a = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: source.id,
        name: "pool",
        type: "COGNITO_USER_POOLS",
        providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbCdEf123"],
        identitySource: "method.request.header.Authorization",
      }),
    );
    await apigw.send(
      new PutMethodCommand({ restApiId: source.id, resourceId: pets.id, httpMethod: "GET", authorizationType: "COGNITO_USER_POOLS", authorizerId: a.id }),
    );
    const clone = await apigw.send(new CreateRestApiCommand({ name: "clone", cloneFrom: source.id }));
    const resources = await apigw.send(new GetResourcesCommand({ restApiId: clone.id, embed: ["methods"] }));
    const clonedPets = resources.items?.find((r) => r.path === "/pets");
    assert.ok(clonedPets && clonedPets.id !== pets.id);
    assert.equal(resources.items?.find((r) => r.path === "/")?.id, clone.rootResourceId);
    const authorizerId = clonedPets.resourceMethods?.GET?.authorizerId;
    assert.ok(authorizerId && authorizerId !== a.id);
    assert.equal((await apigw.send(new GetAuthorizerCommand({ restApiId: clone.id, authorizerId }))).name, "pool");
    await assert.rejects(apigw.send(new CreateRestApiCommand({ name: "x", cloneFrom: "nope000000" })), { name: "NotFoundException" });
  });

  it("deletes an API with everything in it", async () => {
    const api = await apigw.send(new CreateRestApiCommand({ name: "doomed" }));
    const out = await apigw.send(new DeleteRestApiCommand({ restApiId: api.id }));
    assert.equal(out.$metadata.httpStatusCode, 202);
    await assert.rejects(apigw.send(new GetResourcesCommand({ restApiId: api.id })), { name: "NotFoundException" });
  });

  it("pins the id with the _custom_id_ tag", async () => {
    const api = await apigw.send(new CreateRestApiCommand({ name: "custom", tags: { _custom_id_: "myapi" } }));
    assert.equal(api.id, "myapi");
    await assert.rejects(apigw.send(new CreateRestApiCommand({ name: "again", tags: { _custom_id_: "myapi" } })), { name: "ConflictException" });
  });
});
