import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateAuthorizerCommand,
  UpdateMethodCommand,
  UpdateRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { doctor, signedToken } from "../harness/doctor.js";
import { startServer, type TestServer } from "../harness/server.js";

const ACCOUNT = "123456789012";

/**
 * `poolgate doctor request` against a running poolgate, the APIs built through the API Gateway control plane with
 * the AWS SDK: for each request-side check one request that fails exactly that check, and the request that passes.
 */
describe("doctor request against poolgate", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  let poolId: string;
  let otherPool: string;
  let api: string;

  const arn = (pool: string) => `arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/${pool}`;

  /** An API with the methods given on their own resources (MOCK integrations), a Cognito authorizer, deployed to dev. */
  async function buildApi(
    name: string,
    methods: Array<{ path: string; verb: string; auth: "NONE" | "AWS_IAM" | "COGNITO_USER_POOLS"; scopes?: string[] }>,
    opts: { providerARNs?: string[]; policy?: string; types?: ("REGIONAL" | "PRIVATE")[]; variables?: Record<string, string> } = {},
  ): Promise<{ id: string; authorizerId: string; resourceIds: Record<string, string> }> {
    const created = await apigw.send(
      new CreateRestApiCommand({ name, policy: opts.policy, endpointConfiguration: opts.types ? { types: opts.types } : undefined }),
    );
    const id = created.id ?? "";
    const authorizer = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: id,
        name: "cognito",
        type: "COGNITO_USER_POOLS",
        providerARNs: opts.providerARNs ?? [arn(poolId)],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const resourceIds: Record<string, string> = {};
    for (const m of methods) {
      resourceIds[m.path] ??=
        (await apigw.send(new CreateResourceCommand({ restApiId: id, parentId: created.rootResourceId, pathPart: m.path.slice(1) }))).id ?? "";
      const resourceId = resourceIds[m.path];
      await apigw.send(
        new PutMethodCommand({
          restApiId: id,
          resourceId,
          httpMethod: m.verb,
          authorizationType: m.auth,
          authorizerId: m.auth === "COGNITO_USER_POOLS" ? authorizer.id : undefined,
          authorizationScopes: m.scopes,
        }),
      );
      await apigw.send(
        new PutIntegrationCommand({
          restApiId: id,
          resourceId,
          httpMethod: m.verb,
          type: "MOCK",
          requestTemplates: { "application/json": '{"statusCode": 200}' },
        }),
      );
      // A MOCK integration answers 200 only with a method response and an integration response (else 500).
      await apigw.send(new PutMethodResponseCommand({ restApiId: id, resourceId, httpMethod: m.verb, statusCode: "200" }));
      await apigw.send(
        new PutIntegrationResponseCommand({
          restApiId: id,
          resourceId,
          httpMethod: m.verb,
          statusCode: "200",
          responseTemplates: { "application/json": '{"ok":true}' },
        }),
      );
    }
    await apigw.send(new CreateDeploymentCommand({ restApiId: id, stageName: "dev", variables: opts.variables }));
    return { id, authorizerId: authorizer.id ?? "", resourceIds };
  }

  before(async () => {
    t = await startServer();
    apigw = t.apigateway;
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "doctor-request" }))).UserPool?.Id ?? "";
    otherPool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "other" }))).UserPool?.Id ?? "";
    const built = await buildApi("pets", [
      { path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS" },
      { path: "/admin", verb: "GET", auth: "AWS_IAM" },
      { path: "/open", verb: "GET", auth: "NONE" },
      { path: "/scoped", verb: "GET", auth: "COGNITO_USER_POOLS", scopes: ["https://api.example.com/read"] },
      { path: "/any", verb: "ANY", auth: "COGNITO_USER_POOLS" },
    ]);
    api = built.id;
    // Changed after the deployment, so not served: /open now wants a token, and POST /pets is new.
    await apigw.send(
      new PutMethodCommand({
        restApiId: api,
        resourceId: built.resourceIds["/pets"],
        httpMethod: "POST",
        authorizationType: "COGNITO_USER_POOLS",
        authorizerId: built.authorizerId,
      }),
    );
    await apigw.send(
      new UpdateMethodCommand({
        restApiId: api,
        resourceId: built.resourceIds["/open"],
        httpMethod: "GET",
        patchOperations: [
          { op: "replace", path: "/authorizationType", value: "COGNITO_USER_POOLS" },
          { op: "replace", path: "/authorizerId", value: built.authorizerId },
        ],
      }),
    );
  });
  after(async () => {
    await t.stop();
  });

  const url = (path: string, id = api, stage = "dev") => `${t.url}/_aws/execute-api/${id}/${stage}${path}`;
  const idToken = (claims: Record<string, unknown> = {}) => signedToken(t, poolId, "id", claims);
  const run = (args: string[]) => doctor(["request", "--json", ...args], { now: t.clock.now() });

  it("passes a valid ID token on the Cognito method, through the gateway's own evaluation", async () => {
    const r = await run([url("/pets"), "-H", `Authorization: Bearer ${idToken()}`]);
    assert.deepEqual(r.failed, [], r.stdout);
    assert.equal(r.code, 0);
    for (const id of [
      "request.stage",
      "request.route",
      "method.authorization-type",
      "request.auth-header",
      "token.decodable",
      "token.signature",
      "authorizer.pool-matches-issuer",
    ])
      assert.equal(r.status(id), "pass", id);
  });

  it("understands the AWS URL form with --endpoint-url, and poolgate's host form (sent through loopback with its Host)", async () => {
    const aws = await run([`https://${api}.execute-api.us-east-1.amazonaws.com/dev/pets`, "--endpoint-url", t.url, "-H", `Authorization: ${idToken()}`]);
    assert.deepEqual(aws.failed, [], aws.stdout);
    const port = new URL(t.url).port;
    const host = await run([`http://${api}.execute-api.localhost:${port}/dev/pets`, "-H", `Authorization: ${idToken()}`, "--send"]);
    assert.deepEqual(host.failed, [], host.stdout);
    assert.equal(host.status("request.answer"), "pass");
  });

  it("reads the same request from a pasted curl command", async () => {
    const r = await doctor(["curl", `curl -s -X GET \\\n  -H 'Authorization: ${idToken()}' '${url("/pets")}'`, "--json"], { now: t.clock.now() });
    assert.deepEqual(r.failed, [], r.stdout);
  });

  const cases: Array<{ name: string; args: () => string[]; failed: string[] }> = [
    { name: "a stage that does not exist", args: () => [url("/pets", api, "prod"), "-H", `Authorization: ${idToken()}`], failed: ["request.stage"] },
    { name: "an API id that does not exist", args: () => [url("/pets", "zzzzzzzzzz"), "-H", `Authorization: ${idToken()}`], failed: ["request.stage"] },
    { name: "a path not in the deployment", args: () => [url("/nope"), "-H", `Authorization: ${idToken()}`], failed: ["request.route"] },
    {
      name: "a method added after the deployment",
      args: () => [url("/pets"), "-X", "POST", "-H", `Authorization: ${idToken()}`],
      failed: ["request.route", "api.deployed"],
    },
    { name: "an AWS_IAM method sent a JWT", args: () => [url("/admin"), "-H", `Authorization: ${idToken()}`], failed: ["method.authorization-type"] },
    { name: "no Authorization header", args: () => [url("/pets")], failed: ["request.auth-header"] },
    {
      name: "an expired token",
      args: () => [url("/pets"), "-H", `Authorization: ${idToken({ exp: Math.floor(t.clock.now() / 1000) - 5 })}`],
      failed: ["token.not-expired", "authorizer.test-invoke"],
    },
    {
      name: "a token from another pool",
      args: () => [url("/pets"), "-H", `Authorization: ${signedToken(t, otherPool, "id", {})}`],
      failed: ["authorizer.pool-matches-issuer", "authorizer.test-invoke"],
    },
    { name: "an ID token on a method with scopes", args: () => [url("/scoped"), "-H", `Authorization: ${idToken()}`], failed: ["token.kind-for-scopes"] },
  ];
  for (const c of cases) {
    it(`fails exactly ${c.failed.join(", ")} for ${c.name}`, async () => {
      const r = await run(c.args());
      assert.deepEqual(r.failed, c.failed, r.stdout);
      assert.equal(r.code, 1);
    });
  }

  it("warns, exit 0, of a change the deployed stage does not serve yet when the stage still lets the request through", async () => {
    // /open is NONE as deployed and COGNITO_USER_POOLS now: the call passes today, and may not after the next deployment.
    const r = await run([url("/open")]);
    assert.deepEqual(r.failed, [], r.stdout);
    assert.equal(r.code, 0);
    const deployed = r.json?.findings.find((f) => f.id === "api.deployed");
    assert.equal(deployed?.status, "warn");
    assert.match(deployed?.message ?? "", /lets this request through.*NONE.*COGNITO_USER_POOLS, in force from the next deployment/);
    assert.match(deployed?.fix ?? "", /Before you deploy to stage dev/);
    const ja = await run([url("/open"), "--lang", "ja"]);
    assert.match(ja.json?.findings.find((f) => f.id === "api.deployed")?.message ?? "", /このリクエストを通します/);
  });

  it("says the route was not redeployed when a method exists only in the current configuration", async () => {
    const r = await run([url("/pets"), "-X", "POST", "-H", `Authorization: ${idToken()}`]);
    const deployed = r.json?.findings.find((f) => f.id === "api.deployed");
    assert.equal(deployed?.status, "fail");
    // The doctor knows the API id: the command is ready to paste.
    assert.match(deployed?.fix ?? "", new RegExp(`create-deployment --rest-api-id ${api} --stage-name dev`));
  });

  it("reads the deployed authorizer and scopes from the stage export, and sees scopes changed after the deployment", async () => {
    const scoped = await buildApi("rescoped", [{ path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS", scopes: ["https://api.example.com/read"] }]);
    const access = signedToken(t, poolId, "access", { scope: "https://api.example.com/read" });
    const before = await run([url("/pets", scoped.id), "-H", `Authorization: ${access}`]);
    assert.deepEqual(before.failed, [], before.stdout);
    assert.match(before.json?.findings.find((f) => f.id === "api.deployed")?.message ?? "", /serves the current settings/);
    await apigw.send(
      new UpdateMethodCommand({
        restApiId: scoped.id,
        resourceId: scoped.resourceIds["/pets"],
        httpMethod: "GET",
        patchOperations: [{ op: "add", path: "/authorizationScopes", value: "https://api.example.com/write" }],
      }),
    );
    // The token still holds one of the scopes (any one suffices): a warning of the next deployment, not a failure.
    const after = await run([url("/pets", scoped.id), "-H", `Authorization: ${access}`]);
    assert.deepEqual(after.failed, [], after.stdout);
    const a2 = after.json?.findings.find((f) => f.id === "api.deployed");
    assert.equal(a2?.status, "warn");
    assert.match(a2?.message ?? "", /with scopes \[https:\/\/api\.example\.com\/read\] on GET \/pets; the current configuration has scopes \[/);
    // An ID token is refused as deployed (a scoped method): the undeployed change is reported as a failure beside the cause.
    const refused = await run([url("/pets", scoped.id), "-H", `Authorization: ${idToken()}`]);
    assert.equal(refused.status("api.deployed"), "fail");
  });

  it("names the Lambda authorizer and method settings changed after the deployment (A2)", async () => {
    const fn = (name: string) =>
      `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}/invocations`;
    const created = await apigw.send(new CreateRestApiCommand({ name: "repointed" }));
    const restApiId = created.id ?? "";
    const lambda = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId,
        name: "lambda",
        type: "TOKEN",
        authorizerUri: fn("old"),
        identitySource: "method.request.header.Authorization",
        authorizerResultTtlInSeconds: 300,
      }),
    );
    const resourceId = (await apigw.send(new CreateResourceCommand({ restApiId, parentId: created.rootResourceId, pathPart: "pets" }))).id ?? "";
    await apigw.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: lambda.id }));
    await apigw.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: "GET", type: "MOCK" }));
    await apigw.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const args = [url("/pets", restApiId), "-H", "Authorization: allow"];
    assert.equal((await run(args)).status("api.deployed"), "pass");
    await apigw.send(
      new UpdateAuthorizerCommand({
        restApiId,
        authorizerId: lambda.id,
        patchOperations: [
          { op: "replace", path: "/authorizerUri", value: fn("new") },
          { op: "replace", path: "/identitySource", value: "method.request.header.X-Token" },
          { op: "replace", path: "/authorizerResultTtlInSeconds", value: "0" },
          { op: "replace", path: "/identityValidationExpression", value: "^[a-z]+$" },
        ],
      }),
    );
    await apigw.send(
      new UpdateMethodCommand({ restApiId, resourceId, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] }),
    );
    const r = await run(args);
    const deployed = r.json?.findings.find((f) => f.id === "api.deployed");
    assert.equal(deployed?.status, "fail", r.stdout);
    for (const setting of ["apiKeyRequired", "identitySource", "authorizerUri", "authorizerResultTtlInSeconds", "identityValidationExpression"])
      assert.match(deployed?.message ?? "", new RegExp(setting), setting);
    assert.deepEqual(deployed?.actual, {
      apiKeyRequired: false,
      identitySource: "method.request.header.authorization",
      authorizerUri: fn("old"),
      authorizerResultTtlInSeconds: 300,
      identityValidationExpression: null,
    });
    assert.match(deployed?.fix ?? "", /create-deployment/);
  });

  it("--send to poolgate's own gateway: the answer agrees with the prediction", async () => {
    const expired = await run([url("/pets"), "-H", `Authorization: ${idToken({ exp: Math.floor(t.clock.now() / 1000) - 5 })}`, "--send"]);
    const answer = expired.json?.findings.find((f) => f.id === "request.answer");
    assert.equal(answer?.status, "fail", expired.stdout);
    assert.match(answer?.message ?? "", /The incoming token has expired/);
    const ok = await run([url("/pets"), "-H", `Authorization: ${idToken()}`, "--send"]);
    assert.equal(ok.status("request.answer"), "pass", ok.stdout);
    const route = await run([url("/nope"), "-H", `Authorization: Bearer ${idToken()}`, "--send"]);
    assert.equal(route.json?.findings.find((f) => f.id === "request.answer")?.message.includes("route"), true, route.stdout);
  });

  it("says a NONE method ignores the token (a 401 there is the backend's)", async () => {
    const none = await buildApi("none", [{ path: "/pets", verb: "GET", auth: "NONE" }]);
    const r = await run([url("/pets", none.id), "-H", `Authorization: ${idToken()}`]);
    assert.deepEqual(r.failed, []);
    assert.ok(r.json?.notes.some((n) => /NONE/.test(n)));
  });

  it("notices a token sent in another header than the authorizer's identity source", async () => {
    const r = await run([url("/pets"), "-H", `X-Id-Token: ${idToken()}`]);
    assert.deepEqual(r.failed, ["request.auth-header"]);
    assert.ok(
      r.json?.notes.some((n) => /x-id-token header, but the authorizer reads authorization/.test(n)),
      JSON.stringify(r.json?.notes),
    );
  });

  it("explains the SigV4-looking 403 as a route problem when a token was sent", async () => {
    const r = await run([url("/nope"), "-H", `Authorization: Bearer ${idToken()}`]);
    assert.ok(r.json?.notes.some((n) => /missing equal-sign/.test(n)));
  });

  it("fails authorizer.configuration for a provider ARN whose stage variable the stage does not set, and passes once it does", async () => {
    const arns = [`arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/\${stageVariables.pool}`];
    const unset = await buildApi("unset", [{ path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS" }], { providerARNs: arns });
    // The unresolved ARN names no pool, so the token's pool is not matched either; test mode (A3) refuses the same.
    assert.deepEqual((await run([url("/pets", unset.id), "-H", `Authorization: ${idToken()}`])).failed, [
      "authorizer.configuration",
      "authorizer.pool-matches-issuer",
      "authorizer.test-invoke",
    ]);
    const set = await buildApi("set", [{ path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS" }], { providerARNs: arns, variables: { pool: poolId } });
    const r = await run([url("/pets", set.id), "-H", `Authorization: ${idToken()}`]);
    assert.deepEqual(r.failed, [], r.stdout);
  });

  it("accepts a token from a listed pool when another listed pool is gone, as the gateway does, and mentions the stale ARN", async () => {
    const stale = await buildApi("stale", [{ path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS" }], {
      providerARNs: [arn(poolId), arn("us-east-1_Gone12345")],
    });
    const r = await run([url("/pets", stale.id), "-H", `Authorization: ${idToken()}`]);
    assert.deepEqual(r.failed, [], r.stdout);
    assert.ok(r.json?.notes.some((n) => n.includes("us-east-1_Gone12345")));
  });

  it("fails api.resource-policy when a Deny matches the caller, and passes with --source-ip outside it", async () => {
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Deny",
          Principal: "*",
          Action: "execute-api:Invoke",
          Resource: "execute-api:/*",
          Condition: { IpAddress: { "aws:SourceIp": ["127.0.0.0/8"] } },
        },
      ],
    });
    const denied = await buildApi("denied", [{ path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS" }], { policy });
    const args = [url("/pets", denied.id), "-H", `Authorization: ${idToken()}`];
    assert.deepEqual((await run(args)).failed, ["api.resource-policy"]);
    assert.deepEqual((await run([...args, "--source-ip", "198.51.100.7"])).failed, []);
    // Policy removed but not deployed: the stage still enforces the deployed one.
    const allowAll = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" }],
    });
    await apigw.send(new UpdateRestApiCommand({ restApiId: denied.id, patchOperations: [{ op: "replace", path: "/policy", value: allowAll }] }));
    assert.deepEqual((await run(args)).failed, ["api.deployed", "api.resource-policy"]);
  });

  it("warns that a browser sees a CORS error for the 401, and stops warning once UNAUTHORIZED carries CORS headers", async () => {
    const cors = await buildApi("cors", [{ path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS" }]);
    const args = [url("/pets", cors.id), "-H", "Origin: http://localhost:3000"];
    assert.equal((await run(args)).status("cors.gateway-responses"), "warn");
    await apigw.send(
      new PutGatewayResponseCommand({
        restApiId: cors.id,
        responseType: "UNAUTHORIZED",
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
      }),
    );
    // Not deployed yet: the stage still serves the default UNAUTHORIZED, and A2 says so.
    const undeployed = await run(args);
    assert.equal(undeployed.status("cors.gateway-responses"), "warn");
    assert.equal(undeployed.json?.findings.find((f) => f.id === "api.deployed")?.message.includes("gateway responses"), true, undeployed.stdout);
    await apigw.send(new CreateDeploymentCommand({ restApiId: cors.id, stageName: "dev" }));
    const deployed = await run(args);
    assert.equal(deployed.status("cors.gateway-responses"), "pass");
    assert.equal(deployed.status("api.deployed"), "pass");
  });

  it("makes a CORS preflight landing on a Cognito-protected ANY method the failing cause, with the fix on the API", async () => {
    const r = await run([url("/any"), "-X", "OPTIONS", "-H", "Origin: http://localhost:3000", "-H", "Access-Control-Request-Method: GET"]);
    assert.deepEqual(r.failed, ["cors.preflight-authorizer"], r.stdout);
    const preflight = r.json?.findings.find((f) => f.id === "cors.preflight-authorizer");
    assert.match(preflight?.fix ?? "", /OPTIONS method with authorization NONE/);
    assert.doesNotMatch(r.stdout, /Send the token/);
    assert.equal(r.status("request.auth-header"), "skip");
    // The answer is still the authorizer's.
    assert.deepEqual(r.json?.prediction, { status: 401, body: '{"message":"Unauthorized"}' });
  });

  it("fails api.private-endpoint for a PRIVATE API without a resource policy", async () => {
    const priv = await buildApi("private", [{ path: "/pets", verb: "GET", auth: "COGNITO_USER_POOLS" }], { types: ["PRIVATE"] });
    const r = await run([url("/pets", priv.id), "-H", `Authorization: ${idToken()}`]);
    assert.deepEqual(r.failed, ["api.private-endpoint"]);
  });

  it("names an identity source that repeats its prefix as the cause, and the gateway still answers 401", async () => {
    const created = await apigw.send(new CreateRestApiCommand({ name: "doubled" }));
    const restApiId = created.id ?? "";
    const authorizer = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId,
        name: "cognito",
        type: "COGNITO_USER_POOLS",
        providerARNs: [arn(poolId)],
        identitySource: "method.request.header.method.request.header.Authorization",
      }),
    );
    const resourceId = (await apigw.send(new CreateResourceCommand({ restApiId, parentId: created.rootResourceId, pathPart: "pets" }))).id ?? "";
    await apigw.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: "GET", authorizationType: "COGNITO_USER_POOLS", authorizerId: authorizer.id }));
    await apigw.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: "GET", type: "MOCK" }));
    await apigw.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const r = await run([url("/pets", restApiId), "-H", `Authorization: ${idToken()}`, "--send"]);
    const header = r.json?.findings.find((f) => f.id === "request.auth-header");
    assert.equal(header?.status, "fail", r.stdout);
    assert.match(header?.message ?? "", /repeats its prefix/);
    assert.match(header?.fix ?? "", /identitySource to method\.request\.header\.authorization/);
    assert.deepEqual(r.json?.answer, { status: 401, body: '{"message":"Unauthorized"}' });
    assert.deepEqual(r.json?.prediction, r.json?.answer);
  });

  it("reports a token issued in this machine's future before the issuer or expiry findings", async () => {
    const now = Math.floor(t.clock.now() / 1000);
    const r = await run([url("/pets"), "-H", `Authorization: ${idToken({ iat: now + 600, auth_time: now + 600 })}`]);
    const ids = r.json?.findings.map((f) => f.id) ?? [];
    assert.equal(r.status("token.clock-skew"), "warn", r.stdout);
    assert.ok(ids.indexOf("token.clock-skew") < ids.indexOf("token.issuer"), ids.join(" "));
    assert.equal((await run([url("/pets"), "-H", `Authorization: ${idToken()}`])).status("token.clock-skew"), "pass");
  });

  it("--send: an answer whose Date is ten minutes off this machine's clock is reported before the answer is read", async () => {
    const skewed = createServer((_req, res) => {
      res.writeHead(401, { "content-type": "application/json", date: new Date(t.clock.now() + 600_000).toUTCString() });
      res.end('{"message":"The incoming token has expired"}');
    });
    await new Promise<void>((resolve) => skewed.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(skewed.address() as AddressInfo).port}`;
      const r = await run([`${base}/_aws/execute-api/${api}/dev/pets`, "--endpoint-url", t.url, "--send", "-H", `Authorization: ${idToken()}`]);
      const ids = r.json?.findings.map((f) => f.id) ?? [];
      const skew = r.json?.findings.find((f) => f.id === "token.clock-skew");
      assert.equal(skew?.status, "warn", r.stdout);
      // The header has whole seconds: the skew reads 599 or 600 s.
      assert.match(skew?.message ?? "", /(599|600) s ahead/);
      assert.ok(ids.indexOf("token.clock-skew") < ids.indexOf("request.answer"), ids.join(" "));
    } finally {
      await new Promise<void>((resolve) => skewed.close(() => resolve()));
    }
  });

  describe("--send", () => {
    let stub: Server;
    let stubUrl: string;
    before(async () => {
      // Answers like API Gateway refusing a token, so --send can be read against the prediction.
      stub = createServer((_req, res) => {
        res.writeHead(401, { "content-type": "application/json", "x-amzn-errortype": "UnauthorizedException" });
        res.end('{"message":"Unauthorized"}');
      });
      await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
      stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => stub.close(() => resolve())));

    it("explains the actual 401 and agrees with the prediction", async () => {
      const r = await run([`${stubUrl}/_aws/execute-api/${api}/dev/pets`, "--endpoint-url", t.url, "--send"]);
      const answer = r.json?.findings.find((f) => f.id === "request.answer");
      assert.equal(answer?.status, "fail");
      assert.match(answer?.message ?? "", /401 Unauthorized/);
      assert.ok(r.json?.notes.some((n) => /HTTP 401/.test(n)));
    });

    it("says a browser shows the refusal as a CORS error when Origin was sent and no CORS header came back", async () => {
      const r = await run([`${stubUrl}/_aws/execute-api/${api}/dev/pets`, "--endpoint-url", t.url, "--send", "-H", "Origin: http://localhost:3000"]);
      assert.ok(
        r.json?.notes.some((n) => /CORS error/.test(n) && /401/.test(n)),
        JSON.stringify(r.json?.notes),
      );
      const noOrigin = await run([`${stubUrl}/_aws/execute-api/${api}/dev/pets`, "--endpoint-url", t.url, "--send"]);
      assert.ok(!noOrigin.json?.notes.some((n) => /CORS error/.test(n)));
    });

    it("fails when the answer is not the one the gateway's steps predict, and shows both", async () => {
      const r = await run([`${stubUrl}/_aws/execute-api/${api}/dev/pets`, "--endpoint-url", t.url, "--send", "-H", `Authorization: ${idToken()}`]);
      assert.equal(r.status("request.answer"), "fail");
      assert.equal(r.json?.prediction?.status, 200);
      assert.equal(typeof r.json?.answer?.status, "number");
    });
  });

  it("answers a URL that is not an invoke URL with one line and exit 2", async () => {
    const r = await doctor(["request", "https://abc.appsync-api.us-east-1.amazonaws.com/graphql"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /AppSync/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
  });
});
