import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import {
  CreateApiKeyCommand,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import fc from "fast-check";
import type { RestOperation } from "../../src/apigateway/operation.js";
import { API_GATEWAY_OPERATIONS } from "../../src/apigateway/operations/registry.js";
import { OPERATIONS } from "../../src/cognito/operations/registry.js";
import { any, list, type Shape, str, struct } from "../../src/wire/validation.js";
import { badBody, body, contentType, type Known, oddString } from "../harness/fuzz-inputs.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * Property-based fuzzing of every Cognito operation and every API Gateway control-plane route, driven by the
 * operation registries and their input shapes, against the real server on loopback. Invariants for every
 * answer: no 5xx (AWS documents none for these inputs), AWS's error shape (`__type` + `message` and
 * `x-amzn-ErrorType` for Cognito JSON 1.1; `{"message"}` + `x-amzn-ErrorType` for API Gateway), headers small
 * enough for the AWS SDK / undici (16 KB in all), and the server still answering afterwards.
 *
 * A fixed seed and POOLGATE_FUZZ_RUNS cases per operation (default 12) keep CI runs short and repeatable;
 * set POOLGATE_FUZZ_RUNS=500 (and POOLGATE_FUZZ_SEED) for a long run. Operations that delete or overwrite
 * the seeded records run last, so the others reach past "not found" into their logic.
 */

const RUNS = Number(process.env.POOLGATE_FUZZ_RUNS ?? 12);
const SEED = Number(process.env.POOLGATE_FUZZ_SEED ?? 20261205);
/** POOLGATE_FUZZ_TRACE=<file> writes each case there before it is sent: the one to blame when a finding kills the process. */
const TRACE = process.env.POOLGATE_FUZZ_TRACE;
const trace = (op: string, where: string, payload: unknown) => {
  if (TRACE) writeFileSync(TRACE, `${op} ${where}\n${typeof payload === "string" ? payload : String(payload)}`);
};
/** POOLGATE_FUZZ_ONLY=<regex> fuzzes only the operations whose names match (to chase one finding). */
const ONLY = new RegExp(process.env.POOLGATE_FUZZ_ONLY ?? "");
const TARGET = "AWSCognitoIdentityProviderService.";
/** undici's default limit for a response's headers (the AWS SDK for JavaScript v3 uses undici or node:http, 16 KB). */
const MAX_HEADER_BYTES = 16 * 1024;

const destructive = (name: string) => /^(Delete|AdminDelete|RevokeToken|GlobalSignOut|AdminUserGlobalSignOut|PutRestApi)/.test(name);
const lastIfDestructive = <T extends { name: string }>(ops: readonly T[]) => [...ops].sort((a, b) => Number(destructive(a.name)) - Number(destructive(b.name)));

let srv: TestServer;
const PASSWORD = "Passw0rd!Passw0rd";
const cognitoKnown: Known = {
  byName: { Username: ["fuzz-user"], Password: [PASSWORD], PreviousPassword: [PASSWORD], ProposedPassword: [PASSWORD], GroupName: ["fuzzers"] },
  any: ["us-east-1_aaaaaaaaa", "fuzz-user", PASSWORD, "email", "SOFTWARE_TOKEN_MFA", "USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"],
};
const labels: Record<string, string[]> = {
  httpMethod: ["GET", "ANY", "get", "POST"],
  statusCode: ["200", "500", "2000"],
  stageName: ["dev"],
  exportType: ["oas30", "swagger", "raml"],
  responseType: ["DEFAULT_4XX", "UNAUTHORIZED", "NOPE"],
};

before(async () => {
  srv = await startServer();
  const pool = (await srv.cognito.send(new CreateUserPoolCommand({ PoolName: "fuzz" }))).UserPool?.Id as string;
  const client = (
    await srv.cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: "fuzz", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
    )
  ).UserPoolClient?.ClientId as string;
  await srv.cognito.send(new AdminCreateUserCommand({ UserPoolId: pool, Username: "fuzz-user", TemporaryPassword: PASSWORD }));
  await srv.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool, Username: "fuzz-user", Password: PASSWORD, Permanent: true }));
  await srv.cognito.send(new CreateGroupCommand({ UserPoolId: pool, GroupName: "fuzzers" }));
  const tokens = (
    await srv.cognito.send(new InitiateAuthCommand({ ClientId: client, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "fuzz-user", PASSWORD } }))
  ).AuthenticationResult;
  Object.assign(cognitoKnown.byName, {
    UserPoolId: [pool],
    ClientId: [client],
    AccessToken: [tokens?.AccessToken as string],
    RefreshToken: [tokens?.RefreshToken as string],
    Token: [tokens?.RefreshToken as string],
  });

  const gw = srv.apigateway;
  const api = await gw.send(new CreateRestApiCommand({ name: "fuzz" }));
  const restApiId = api.id as string;
  const resource = await gw.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId as string, pathPart: "pets" }));
  const resourceId = resource.id as string;
  await gw.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: "GET", authorizationType: "NONE" }));
  await gw.send(new PutMethodResponseCommand({ restApiId, resourceId, httpMethod: "GET", statusCode: "200" }));
  await gw.send(
    new PutIntegrationCommand({ restApiId, resourceId, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode":200}' } }),
  );
  await gw.send(new PutIntegrationResponseCommand({ restApiId, resourceId, httpMethod: "GET", statusCode: "200" }));
  const deployment = await gw.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
  const authorizer = await gw.send(
    new CreateAuthorizerCommand({
      restApiId,
      name: "fuzz",
      type: "COGNITO_USER_POOLS",
      providerARNs: [`arn:aws:cognito-idp:${srv.config.region}:000000000000:userpool/${pool}`],
      identitySource: "method.request.header.Authorization",
    }),
  );
  const key = await gw.send(new CreateApiKeyCommand({ name: "fuzz", enabled: true }));
  const plan = await gw.send(new CreateUsagePlanCommand({ name: "fuzz", apiStages: [{ apiId: restApiId, stage: "dev" }] }));
  await gw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id as string, keyId: key.id as string, keyType: "API_KEY" }));
  Object.assign(labels, {
    restApiId: [restApiId],
    resourceId: [resourceId, api.rootResourceId as string],
    parentId: [resourceId, api.rootResourceId as string],
    deploymentId: [deployment.id as string],
    authorizerId: [authorizer.id as string],
    usagePlanId: [plan.id as string],
    keyId: [key.id as string],
    apiKey: [key.id as string],
  });
});
after(() => srv.stop());

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

const headerBytes = (h: Headers) => [...h].reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v) + 4, 0);

async function send(method: string, path: string, headers: Record<string, string>, payload?: string | Buffer): Promise<Answer> {
  const res = await fetch(`${srv.url}${path}`, {
    method,
    headers,
    body: typeof payload === "string" || payload === undefined ? payload : new Uint8Array(payload),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

function checkCommon(a: Answer, what: string): void {
  assert.ok(a.status < 500, `${what} answered ${a.status}: ${a.text.slice(0, 500)}`);
  assert.ok(headerBytes(a.headers) < MAX_HEADER_BYTES, `${what}: ${headerBytes(a.headers)} bytes of headers`);
}

function checkCognito(a: Answer, what: string): void {
  checkCommon(a, what);
  assert.equal(a.headers.get("content-type"), "application/x-amz-json-1.1", what);
  const json = JSON.parse(a.text) as Record<string, unknown>;
  assert.equal(typeof json, "object", what);
  if (a.status === 200) return;
  assert.equal(typeof json.__type, "string", `${what}: ${a.text.slice(0, 300)}`);
  assert.equal(typeof json.message, "string", `${what}: ${a.text.slice(0, 300)}`);
  assert.equal(a.headers.get("x-amzn-errortype"), `${json.__type}:`, what);
}

function checkRest(a: Answer, what: string): void {
  checkCommon(a, what);
  if (a.status < 400) {
    if ((a.headers.get("content-type") ?? "").startsWith("application/json") && a.text) JSON.parse(a.text);
    return;
  }
  assert.ok(a.headers.get("x-amzn-errortype"), `${what}: no x-amzn-ErrorType (${a.status} ${a.text.slice(0, 300)})`);
  const json = JSON.parse(a.text) as Record<string, unknown>;
  assert.equal(typeof json.message, "string", `${what}: ${a.text.slice(0, 300)}`);
}

const params = { seed: SEED, numRuns: RUNS };

describe("fuzz: every Cognito operation", () => {
  const names = lastIfDestructive([...OPERATIONS.values()]).map((op) => op.name);
  for (const name of names) {
    const op = OPERATIONS.get(name);
    if (!op || !ONLY.test(name)) continue;
    it(`${name}: no 5xx, AWS's error shape, small headers`, async () => {
      const target = fc.oneof({ arbitrary: fc.constant(`${TARGET}${name}`), weight: 9 }, { arbitrary: oddString.map((t) => `${TARGET}${t}`), weight: 1 });
      await fc.assert(
        fc.asyncProperty(
          target,
          fc.oneof({ arbitrary: fc.constant("application/x-amz-json-1.1"), weight: 4 }, contentType),
          body(op.input, cognitoKnown),
          async (t, type, payload) => {
            const headers: Record<string, string> = {};
            // A header carries Latin-1 without controls: mutated targets go as their UTF-8 bytes, within Node's
            // header limit (a longer one is refused with 431 by the HTTP parser, before poolgate sees it).
            headers["x-amz-target"] = Buffer.from(t, "utf8")
              .toString("latin1")
              .replace(/[^\t\x20-\x7e\x80-\xff]/g, "")
              .slice(0, 4_000);
            if (type) headers["content-type"] = type;
            trace(name, t, payload);
            checkCognito(await send("POST", "/", headers, payload), `${name} ${String(payload).slice(0, 200)}`);
          },
        ),
        params,
      );
    });
  }
});

/** Members every control-plane body may carry: the declared shape when there is one, these otherwise. */
const GENERIC_REST_BODY: Shape = {
  patchOperations: list({
    member: struct({
      op: str({ enum: ["add", "remove", "replace", "move", "copy", "test"] }),
      path: str({
        enum: [
          "/name",
          "/description",
          "/pathPart",
          "/parentId",
          "/variables/v",
          "/stageVariables/x",
          "/apiStages",
          "/quota/limit",
          "/throttle/rateLimit",
          "/*/*/throttling/rateLimit",
          "/enabled",
          "/providerARNs",
          "/responseParameters/method.response.header.X",
          "/requestTemplates/application~1json",
          "/policy",
          "/binaryMediaTypes/image~1png",
          "/cacheClusterEnabled",
          "/deploymentId",
          "/stages",
          "/value",
        ],
      }),
      value: str(),
      from: str(),
    }),
  }),
  name: str(),
  description: str(),
  stageName: str(),
  deploymentId: str(),
  type: str(),
  value: str(),
  variables: any(),
};

/**
 * An odd string as a URL part: percent-encoded (lone surrogates as U+FFFD, which is what a client sends) and
 * cut to 1,500 characters, so the request line stays within AWS's URL length quota (8,192 / 10,240) and
 * Node's header limit; longer ones are refused by the HTTP parser (431) before poolgate sees them.
 */
const urlPart = (v: string) =>
  encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))
    .slice(0, 1_500)
    .replace(/%[0-9A-F]?$/, "");

const QUERY = fc.array(
  fc.oneof(
    fc.constantFrom(
      "mode=import",
      "mode=merge",
      "mode=overwrite",
      "mode=bogus",
      "limit=-1",
      "limit=abc",
      "limit=1e9",
      "limit=500",
      "embed=methods",
      "failonwarnings=true",
      "extensions=integrations",
      "endpointConfigurationTypes=NOPE",
      "position=%FF",
      "includeValues=true",
    ),
    oddString.map((v) => `position=${urlPart(v)}`),
  ),
  { maxLength: 3 },
);

/** Fills a path label: a seeded id, a plausible name, or an odd string (percent-encoded, or raw broken escapes). */
const label = (name: string): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: labels[name]?.length ? fc.constantFrom(...(labels[name] as string[])) : fc.constant("abc123"), weight: 10 },
    { arbitrary: oddString.map(urlPart), weight: 2 },
    // Not "." or "..": the client resolves them away, so the request never names this route.
    { arbitrary: fc.constantFrom("%", "%ZZ", "%ED%A0%80", "%00", "%2F", "..."), weight: 1 },
  );

/** A raw OpenAPI body: odd documents in JSON or YAML, including alias bombs and odd paths. */
const openApiBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc
    .record(
      {
        openapi: fc.constantFrom("3.0.1", "3.1.0", "2.0", 3, null),
        swagger: fc.constantFrom(undefined, "2.0", 2),
        info: fc.oneof(fc.record({ title: fc.oneof(fc.string(), oddString), version: fc.jsonValue({ maxDepth: 1 }) }), fc.jsonValue({ maxDepth: 1 })),
        paths: fc.oneof(
          fc.dictionary(
            fc.oneof(
              fc.constantFrom("/", "/a", "/a/{id}", "/a/{p+}/b", "//x", "/{a}/{b}", "/a/{id}", "/pets"),
              oddString.map((s) => `/${s}`),
            ),
            fc.oneof(
              fc.record({
                get: fc.oneof(
                  fc.record({
                    security: fc.jsonValue({ maxDepth: 2 }),
                    parameters: fc.jsonValue({ maxDepth: 2 }),
                    responses: fc.jsonValue({ maxDepth: 2 }),
                    "x-amazon-apigateway-integration": fc.oneof(
                      fc.record({ type: fc.constantFrom("mock", "http", "aws_proxy", "bogus", 1), uri: fc.string(), responses: fc.jsonValue({ maxDepth: 2 }) }),
                      fc.jsonValue({ maxDepth: 2 }),
                    ),
                  }),
                  fc.jsonValue({ maxDepth: 2 }),
                ),
                parameters: fc.jsonValue({ maxDepth: 1 }),
              }),
              fc.jsonValue({ maxDepth: 2 }),
            ),
            { maxKeys: 5 },
          ),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        components: fc.jsonValue({ maxDepth: 3 }),
        securityDefinitions: fc.jsonValue({ maxDepth: 3 }),
        "x-amazon-apigateway-gateway-responses": fc.jsonValue({ maxDepth: 3 }),
        "x-amazon-apigateway-policy": fc.jsonValue({ maxDepth: 2 }),
        "x-amazon-apigateway-binary-media-types": fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    )
    .map((d) => JSON.stringify(d)),
  fc.constantFrom(
    "openapi: 3.0.1\ninfo: {title: t}\npaths: {/a: {get: {}}}",
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    "openapi: 3.0.1\ninfo: !!js/function 'x'\npaths: {}",
    "openapi: [",
    "\uFEFF{}",
    "",
  ),
  badBody,
);

function pathFor(op: RestOperation): fc.Arbitrary<string> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  // Never a real authorizer id for TestInvokeAuthorizer: a foreign pool there would fetch a JWKS from AWS.
  const arbs = names.map((n) => (op.name === "TestInvokeAuthorizer" && n === "authorizerId" ? fc.constant("nosuch") : label(n)));
  return fc.tuple(fc.tuple(...arbs), QUERY).map(([values, query]) => {
    let i = 0;
    const path = op.path.replace(/\{(\w+)\}/g, () => values[i++] as string);
    const q = [...Object.entries(op.query ?? {}).map(([k, v]) => `${k}=${v}`), ...query];
    return q.length ? `${path}?${q.join("&")}` : path;
  });
}

describe("fuzz: every API Gateway control-plane route", () => {
  for (const op of lastIfDestructive(API_GATEWAY_OPERATIONS)) {
    if (!ONLY.test(op.name)) continue;
    it(`${op.name} (${op.method} ${op.path}): no 5xx, {message} + x-amzn-ErrorType, small headers`, async () => {
      const payload =
        op.body === "raw" ? openApiBody : body({ ...GENERIC_REST_BODY, ...(op.input ?? {}) }, { byName: labels, any: Object.values(labels).flat() });
      await fc.assert(
        fc.asyncProperty(pathFor(op), fc.oneof({ arbitrary: fc.constant("application/json"), weight: 4 }, contentType), payload, async (path, type, p) => {
          const headers: Record<string, string> = type ? { "content-type": type } : {};
          const sent = op.method === "GET" || op.method === "DELETE" ? undefined : p;
          trace(op.name, path, sent);
          checkRest(await send(op.method, path, headers, sent), `${op.name} ${path.slice(0, 200)} ${String(sent ?? "").slice(0, 200)}`);
        }),
        params,
      );
    });
  }
});

describe("fuzz: the server is still up", () => {
  it("answers its health endpoint and a Cognito call", async () => {
    assert.equal((await fetch(`${srv.url}/_poolgate/health`)).status, 200);
    const a = await send("POST", "/", { "x-amz-target": `${TARGET}ListUserPools`, "content-type": "application/x-amz-json-1.1" }, '{"MaxResults":1}');
    assert.equal(a.status, 200);
  });
});
