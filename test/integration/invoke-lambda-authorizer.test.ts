import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TestInvokeAuthorizerCommand,
} from "@aws-sdk/client-api-gateway";
import { handlerModule, invocationUri } from "../harness/lambda-files.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * Lambda TOKEN and REQUEST authorizers run from local handler files, configured through the real control plane
 * (SDK v3) and called through the real invoke path. The handlers leave each event they get on globalThis.
 */
const { file, remove } = handlerModule(
  `const calls = (globalThis.__authorizerCalls ??= []);
const policy = (effect, resource, extra = {}) => ({
  principalId: "user-7",
  policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: effect, Resource: resource }] },
  ...extra,
});
export const token = async (event) => {
  calls.push(event);
  const stageWide = event.methodArn.split("/").slice(0, 2).join("/") + "/*";
  switch (event.authorizationToken) {
    case "allow": return policy("Allow", stageWide, { context: { tenant: "acme", level: 3, admin: true } });
    case "allow-this-method": return policy("Allow", event.methodArn);
    case "deny": return policy("Deny", stageWide);
    case "unauthorized": throw new Error("Unauthorized");
    case "boom": throw new Error("boom");
    case "no-policy": return { principalId: "x" };
    case "nested-context": return policy("Allow", stageWide, { context: { a: { b: 1 } } });
    default: return policy("Allow", "arn:aws:execute-api:us-east-1:000000000000:other/*");
  }
};
export const request = (event, _context, callback) => {
  calls.push(event);
  if (event.headers.h1 === "yes" && event.queryStringParameters.q === "1") callback(null, policy("Allow", event.methodArn));
  else callback("Unauthorized");
};
export const echo = async (event) => ({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) });
`,
);
const fnUri = invocationUri;
const calls = () => ((globalThis as { __authorizerCalls?: Record<string, unknown>[] }).__authorizerCalls ??= []);

describe("invoke: Lambda TOKEN and REQUEST authorizers run locally", () => {
  let t: TestServer;
  let apiId: string;
  let tokenAuthorizerId: string;
  const call = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}/_aws/execute-api/${apiId}/dev${path}`, { headers });
  const lastRecord = async () =>
    ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { cause?: { id: string; messageKey: string } }[] }).requests[0];

  before(async () => {
    t = await startServer({ lambdas: [`tokenAuth=${file}#token`, `requestAuth=${file}#request`, `echo=${file}#echo`] });
    const api = await t.apigateway.send(new CreateRestApiCommand({ name: "lambda-authorizers" }));
    apiId = api.id!;
    const tokenAuth = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: apiId,
        name: "token",
        type: "TOKEN",
        authorizerUri: fnUri("tokenAuth"),
        identitySource: "method.request.header.Authorization",
        identityValidationExpression: "[a-z-]+",
        authorizerResultTtlInSeconds: 300,
      }),
    );
    tokenAuthorizerId = tokenAuth.id!;
    const uncached = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: apiId,
        name: "token-uncached",
        type: "TOKEN",
        authorizerUri: fnUri("tokenAuth"),
        identitySource: "method.request.header.X-Token",
        authorizerResultTtlInSeconds: 0,
      }),
    );
    const requestAuth = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: apiId,
        name: "request",
        type: "REQUEST",
        authorizerUri: fnUri("requestAuth"),
        identitySource: "method.request.header.H1, method.request.querystring.q",
        authorizerResultTtlInSeconds: 300,
      }),
    );
    const unmapped = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: apiId,
        name: "unmapped",
        type: "TOKEN",
        authorizerUri: fnUri("nobody"),
        identitySource: "method.request.header.Authorization",
      }),
    );
    for (const [pathPart, authorizerId] of [
      ["one", tokenAuth.id],
      ["two", tokenAuth.id],
      ["fresh", uncached.id],
      ["req", requestAuth.id],
      ["unmapped", unmapped.id],
    ] as const) {
      const res = await t.apigateway.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId!, pathPart }));
      await t.apigateway.send(new PutMethodCommand({ restApiId: apiId, resourceId: res.id!, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId }));
      await t.apigateway.send(
        new PutIntegrationCommand({
          restApiId: apiId,
          resourceId: res.id!,
          httpMethod: "GET",
          type: "AWS_PROXY",
          integrationHttpMethod: "POST",
          uri: fnUri("echo"),
        }),
      );
    }
    await t.apigateway.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev" }));
  });
  after(async () => {
    await t.stop();
    remove();
  });

  it("calls the TOKEN function with type, token and method ARN; an Allow reaches the integration with principal and context", async () => {
    const before = calls().length;
    const res = await call("/one", { Authorization: "allow" });
    assert.equal(res.status, 200);
    assert.deepEqual(calls()[before], {
      type: "TOKEN",
      authorizationToken: "allow",
      methodArn: `arn:aws:execute-api:us-east-1:000000000000:${apiId}/dev/GET/one`,
    });
    // Context values reach the proxy event as strings, next to principalId.
    assert.deepEqual(await res.json(), { tenant: "acme", level: "3", admin: "true", principalId: "user-7", integrationLatency: 0 });
  });

  it("answers from the cache within the TTL, judging the cached policy against each method", async () => {
    await call("/one", { Authorization: "allow-this-method" });
    const before = calls().length;
    assert.equal((await call("/one", { Authorization: "allow-this-method" })).status, 200);
    // The policy names only GET /one: reused for /two it refuses, as on AWS.
    const two = await call("/two", { Authorization: "allow-this-method" });
    assert.equal(two.status, 403);
    assert.equal(await two.text(), '{"Message":"User is not authorized to access this resource"}');
    assert.equal(two.headers.get("x-amzn-errortype"), "AccessDeniedException");
    assert.equal(calls().length, before, "the function was not called again");
    assert.deepEqual((await lastRecord()).cause, {
      id: "authorizer.lambda",
      messageKey: "no-allow",
      actual: "no Allow statement matches",
      expected: `an Allow for arn:aws:execute-api:us-east-1:000000000000:${apiId}/dev/GET/two`,
    });
    // After the TTL the function runs again.
    t.clock.advance(301_000);
    try {
      assert.equal((await call("/two", { Authorization: "allow-this-method" })).status, 200);
      assert.equal(calls().length, before + 1);
    } finally {
      t.clock.advance(-301_000);
    }
  });

  it("with a TTL of 0 calls the function on every request", async () => {
    const before = calls().length;
    await call("/fresh", { "X-Token": "allow" });
    await call("/fresh", { "X-Token": "allow" });
    assert.equal(calls().length, before + 2);
  });

  const refusals: [name: string, token: string | undefined, status: number, body: string, errorType: string, messageKey: string][] = [
    ["no header: 401 without calling the function", undefined, 401, '{"message":"Unauthorized"}', "UnauthorizedException", "identity-missing"],
    ["a token not matching identityValidationExpression: 401", "Not Valid 1", 401, '{"message":"Unauthorized"}', "UnauthorizedException", "identity-invalid"],
    ["the function throws 'Unauthorized': 401", "unauthorized", 401, '{"message":"Unauthorized"}', "UnauthorizedException", "unauthorized"],
    [
      "a Deny policy: 403 explicit deny",
      "deny",
      403,
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
      "AccessDeniedException",
      "explicit-deny",
    ],
    ["a policy for another API: 403", "other-api", 403, '{"Message":"User is not authorized to access this resource"}', "AccessDeniedException", "no-allow"],
    ["any other failure: 500 null", "boom", 500, '{"message":null}', "AuthorizerConfigurationException", "function-failed"],
    ["no policyDocument: 500 null", "no-policy", 500, '{"message":null}', "AuthorizerConfigurationException", "bad-output"],
    ["a nested context value: 500 null", "nested-context", 500, '{"message":null}', "AuthorizerConfigurationException", "bad-output"],
  ];
  for (const [name, token, status, body, errorType, messageKey] of refusals)
    it(name, async () => {
      const before = calls().length;
      const res = await call("/one", token === undefined ? {} : { Authorization: token });
      assert.equal(res.status, status);
      assert.equal(await res.text(), body);
      assert.equal(res.headers.get("x-amzn-errortype"), errorType);
      assert.equal((await lastRecord()).cause?.messageKey, messageKey);
      assert.equal((await lastRecord()).cause?.id, "authorizer.lambda");
      if (messageKey.startsWith("identity-")) assert.equal(calls().length, before, "the function must not be called");
    });

  it("a function with no local handler is a 500 configuration error", async () => {
    const res = await call("/unmapped", { Authorization: "allow" });
    assert.equal(res.status, 500);
    assert.equal(await res.text(), '{"message":null}');
    assert.equal((await lastRecord()).cause?.messageKey, "no-function");
  });

  it("REQUEST: needs every identity source, and gets headers, query, path and context in its event", async () => {
    const before = calls().length;
    assert.equal((await call("/req?q=1")).status, 401, "H1 missing");
    assert.equal((await call("/req", { H1: "yes" })).status, 401, "q missing");
    assert.equal(calls().length, before, "not called without its identity sources");
    const ok = await call("/req?q=1", { H1: "yes" });
    assert.equal(ok.status, 200);
    const event = calls()[before] as Record<string, Record<string, unknown>>;
    assert.equal(event.type as unknown, "REQUEST");
    assert.equal(event.methodArn as unknown, `arn:aws:execute-api:us-east-1:000000000000:${apiId}/dev/GET/req`);
    assert.equal(event.resource as unknown, "/req");
    assert.equal(event.httpMethod as unknown, "GET");
    assert.equal(event.headers.h1, "yes");
    assert.deepEqual(event.queryStringParameters, { q: "1" });
    assert.equal(event.requestContext.stage, "dev");
    assert.equal(event.requestContext.authorizer, undefined);
    assert.equal(event.body, undefined);
    // The callback's error "Unauthorized" is a 401 too.
    assert.equal((await call("/req?q=1", { H1: "no" })).status, 401);
    assert.equal((await lastRecord()).cause?.messageKey, "unauthorized");
  });

  it("TestInvokeAuthorizer runs the TOKEN function once and returns its principal and policy", async () => {
    const test = (token: string) =>
      t.apigateway.send(new TestInvokeAuthorizerCommand({ restApiId: apiId, authorizerId: tokenAuthorizerId, headers: { Authorization: token } }));
    const ok = await test("allow");
    assert.equal(ok.clientStatus, 200);
    assert.equal(ok.principalId, "user-7");
    assert.equal((JSON.parse(ok.policy ?? "{}") as { Statement: { Effect: string }[] }).Statement[0]?.Effect, "Allow");
    assert.match(ok.log ?? "", /Authorizer result: Allowed/);
    assert.equal((await test("unauthorized")).clientStatus, 401);
    assert.equal((await test("boom")).clientStatus, 500);
    assert.equal((await test("NOT VALID")).clientStatus, 401, "identityValidationExpression applies");
  });

  it("a resource policy's explicit deny refuses before the function is called", async () => {
    const policy = {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" },
        {
          Effect: "Deny",
          Principal: "*",
          Action: "execute-api:Invoke",
          Resource: "execute-api:/*",
          Condition: { IpAddress: { "aws:SourceIp": ["127.0.0.0/8", "::1/128"] } },
        },
      ],
    };
    const api = await t.apigateway.send(new CreateRestApiCommand({ name: "denied", policy: JSON.stringify(policy) }));
    const authorizer = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "token",
        type: "TOKEN",
        authorizerUri: fnUri("tokenAuth"),
        identitySource: "method.request.header.Authorization",
      }),
    );
    const res = await t.apigateway.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "x" }));
    await t.apigateway.send(
      new PutMethodCommand({ restApiId: api.id, resourceId: res.id, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: authorizer.id }),
    );
    await t.apigateway.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: res.id,
        httpMethod: "GET",
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: fnUri("echo"),
      }),
    );
    await t.apigateway.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const before = calls().length;
    const answer = await fetch(`${t.url}/_aws/execute-api/${api.id}/dev/x`, { headers: { Authorization: "allow" } });
    assert.equal(answer.status, 403);
    assert.match(await answer.text(), /^\{"Message":"User: anonymous is not authorized .* with an explicit deny in a resource-based policy"\}$/);
    assert.equal(calls().length, before, "the function was not called");
    assert.equal((await lastRecord()).cause?.id, "api.resource-policy");
  });

  it("an allow-list policy that does not list the caller refuses after the function allowed (the policy evaluated once)", async () => {
    const policy = {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: "*",
          Action: "execute-api:Invoke",
          Resource: "execute-api:/*",
          Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } },
        },
      ],
    };
    const api = await t.apigateway.send(new CreateRestApiCommand({ name: "allow-listed", policy: JSON.stringify(policy) }));
    const authorizer = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "token",
        type: "TOKEN",
        authorizerUri: fnUri("tokenAuth"),
        identitySource: "method.request.header.Authorization",
      }),
    );
    const res = await t.apigateway.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "x" }));
    await t.apigateway.send(
      new PutMethodCommand({ restApiId: api.id, resourceId: res.id, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: authorizer.id }),
    );
    await t.apigateway.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: res.id,
        httpMethod: "GET",
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: fnUri("echo"),
      }),
    );
    await t.apigateway.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const before = calls().length;
    const answer = await fetch(`${t.url}/_aws/execute-api/${api.id}/dev/x`, { headers: { Authorization: "allow" } });
    assert.equal(answer.status, 403);
    assert.match(await answer.text(), /because no resource-based policy allows the execute-api:Invoke action"\}$/);
    assert.equal(calls().length, before + 1, "the function ran first");
    const record = ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { checks: { id: string }[] }[] }).requests[0];
    assert.equal(record?.checks.filter((c) => c.id === "api.resource-policy").length, 1, "one policy finding");
  });
});
