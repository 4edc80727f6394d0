import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateApiKeyCommand,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import { CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { doctorRequest } from "../../src/doctor/commands/request.js";
import { sendHttp } from "../../src/doctor/http-client.js";
import type { DoctorIo } from "../../src/doctor/io.js";
import { signedToken } from "../harness/doctor.js";
import { handlerModule, invocationUri } from "../harness/lambda-files.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * One evaluation, two runners: every request below goes through the live gateway and through `poolgate doctor
 * request`, and the doctor's prediction (status and body) must be the gateway's answer. The cases are the
 * disagreements once found (as regression cases) plus a generated matrix of token kinds × header shapes × routes ×
 * stages, with scopes, a resource policy, an API key, a second authorizer on another header and a Lambda authorizer.
 * The matrix is drawn with a fixed seed, so a failure names a case that reproduces.
 */

const ACCOUNT = "000000000000";
const CASES = Number(process.env.POOLGATE_DIFFERENTIAL_CASES ?? 520);

const AUTHORIZER_SOURCE = `
export async function token(event) {
  const t = event.authorizationToken;
  if (t === "unauthorized") throw new Error("Unauthorized");
  if (t === "boom") throw new Error("boom");
  const effect = t === "deny" ? "Deny" : "Allow";
  const resource = t === "narrow" ? "arn:aws:execute-api:*:*:*/*/GET/pets" : "*";
  return { principalId: "user", policyDocument: { Version: "2012-10-17", Statement: [{ Effect: effect, Action: "execute-api:Invoke", Resource: resource }] } };
}
`;

interface Case {
  name: string;
  method: string;
  path: string;
  stage: string;
  headers: Array<[string, string]>;
}

/** A small deterministic generator (mulberry32), so the matrix is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the doctor predicts the gateway's answer (differential)", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  let poolId: string;
  let otherPool: string;
  let api: string;
  let apiKey: string;
  const handlers = handlerModule(AUTHORIZER_SOURCE);

  async function method(
    resourceId: string,
    verb: string,
    auth: "NONE" | "AWS_IAM" | "COGNITO_USER_POOLS" | "CUSTOM",
    opts: { authorizerId?: string; scopes?: string[]; apiKeyRequired?: boolean } = {},
  ): Promise<void> {
    await apigw.send(
      new PutMethodCommand({
        restApiId: api,
        resourceId,
        httpMethod: verb,
        authorizationType: auth,
        authorizerId: opts.authorizerId,
        authorizationScopes: opts.scopes,
        apiKeyRequired: opts.apiKeyRequired,
      }),
    );
    await apigw.send(
      new PutIntegrationCommand({
        restApiId: api,
        resourceId,
        httpMethod: verb,
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
      }),
    );
    await apigw.send(new PutMethodResponseCommand({ restApiId: api, resourceId, httpMethod: verb, statusCode: "200" }));
    await apigw.send(
      new PutIntegrationResponseCommand({
        restApiId: api,
        resourceId,
        httpMethod: verb,
        statusCode: "200",
        responseTemplates: { "application/json": '{"ok":true}' },
      }),
    );
  }

  async function resource(parentId: string, pathPart: string): Promise<string> {
    return (await apigw.send(new CreateResourceCommand({ restApiId: api, parentId, pathPart }))).id ?? "";
  }

  before(async () => {
    t = await startServer({ lambdas: [`authorizer=${handlers.file}#token`] });
    apigw = t.apigateway;
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "differential" }))).UserPool?.Id ?? "";
    otherPool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "other" }))).UserPool?.Id ?? "";
    const arn = (pool: string) => `arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/${pool}`;
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" },
        { Effect: "Deny", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*/GET/denied" },
      ],
    });
    const created = await apigw.send(new CreateRestApiCommand({ name: "differential", policy }));
    api = created.id ?? "";
    const root = created.rootResourceId ?? "";
    const cognito = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api,
        name: "cognito",
        type: "COGNITO_USER_POOLS",
        providerARNs: [arn(poolId)],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const byStage = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api,
        name: "by-stage",
        type: "COGNITO_USER_POOLS",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's own stage-variable syntax
        providerARNs: [arn("${stageVariables.pool}")],
        identitySource: "method.request.header.X-Token",
      }),
    );
    const lambda = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: api,
        name: "lambda",
        type: "TOKEN",
        authorizerUri: invocationUri("authorizer"),
        identitySource: "method.request.header.Authorization",
        authorizerResultTtlInSeconds: 0,
      }),
    );
    const pets = await resource(root, "pets");
    await method(pets, "GET", "COGNITO_USER_POOLS", { authorizerId: cognito.id });
    await method(pets, "POST", "COGNITO_USER_POOLS", { authorizerId: cognito.id, scopes: ["pets/write"] });
    const pet = await resource(pets, "{id}");
    await method(pet, "GET", "COGNITO_USER_POOLS", { authorizerId: cognito.id, scopes: ["aws.cognito.signin.user.admin"] });
    const publicRoot = await resource(root, "public");
    await method(await resource(publicRoot, "{proxy+}"), "ANY", "NONE");
    await method(await resource(root, "{proxy+}"), "ANY", "COGNITO_USER_POOLS", { authorizerId: cognito.id });
    await method(await resource(root, "iam"), "GET", "AWS_IAM");
    await method(await resource(root, "denied"), "GET", "NONE");
    // "old" serves what was there so far; "dev" also the methods added below.
    await apigw.send(new CreateDeploymentCommand({ restApiId: api, stageName: "old", variables: { pool: otherPool } }));
    await method(await resource(root, "keyed"), "GET", "NONE", { apiKeyRequired: true });
    await method(await resource(root, "other"), "GET", "COGNITO_USER_POOLS", { authorizerId: byStage.id });
    await method(await resource(root, "lambda"), "GET", "CUSTOM", { authorizerId: lambda.id });
    await apigw.send(
      new PutGatewayResponseCommand({
        restApiId: api,
        responseType: "UNAUTHORIZED",
        statusCode: "401",
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
        responseTemplates: { "application/json": '{"message":$context.error.messageString,"type":"$context.error.responseType"}' },
      }),
    );
    await apigw.send(new CreateDeploymentCommand({ restApiId: api, stageName: "dev", variables: { pool: poolId } }));
    const key = await apigw.send(new CreateApiKeyCommand({ name: "k", enabled: true }));
    apiKey = key.value ?? "";
    const plan = await apigw.send(new CreateUsagePlanCommand({ name: "p", apiStages: [{ apiId: api, stage: "dev" }] }));
    await apigw.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
  });
  after(async () => {
    await t.stop();
    handlers.remove();
  });

  /** Sends the request as a client would: header values as JavaScript strings, written as their UTF-8 bytes. */
  function live(c: Case): Promise<{ status: number; body: string }> {
    const u = new URL(`${t.url}/_aws/execute-api/${api}/${c.stage}${c.path}`);
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: c.method, headers: wireHeaders(c.headers) }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  async function predicted(c: Case): Promise<{ status: number; body?: string } | undefined> {
    const io: DoctorIo = {
      out: () => {},
      err: () => {},
      env: { LANG: "C" },
      readStdin: async () => "",
      now: () => t.clock.now(),
      http: sendHttp,
    };
    const url = `${t.url}/_aws/execute-api/${api}/${c.stage}${c.path}`;
    const report = await doctorRequest(url, { method: c.method, header: c.headers.map(([k, v]) => `${k}: ${v}`) }, io);
    return report.prediction;
  }

  const seen = new Set<string>();

  async function agree(c: Case): Promise<string | undefined> {
    const answer = await live(c);
    seen.add(`${answer.status} ${answer.body}`);
    const prediction = await predicted(c);
    if (!prediction) return `${c.name}: no prediction (gateway answered ${answer.status} ${answer.body})`;
    const bodyKnown = prediction.body !== undefined;
    if (prediction.status !== answer.status || (bodyKnown && prediction.body !== answer.body))
      return `${c.name}: gateway ${answer.status} ${answer.body}, doctor ${prediction.status} ${prediction.body ?? "(to the integration)"}`;
    return undefined;
  }

  function tokens(): Record<string, string> {
    const now = Math.floor(t.clock.now() / 1000);
    const id = signedToken(t, poolId, "id", {});
    const tampered = `${id.slice(0, -6)}${id.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return {
      id,
      access: signedToken(t, poolId, "access", {}),
      "access-write": signedToken(t, poolId, "access", { scope: "pets/write" }),
      expired: signedToken(t, poolId, "id", { iat: now - 7200, exp: now - 3600 }),
      "other-pool": signedToken(t, otherPool, "id", {}),
      "aws-issuer": signedToken(t, poolId, "id", { iss: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}` }),
      "wrong-region-issuer": signedToken(t, poolId, "id", { iss: `https://cognito-idp.us-west-2.amazonaws.com/${poolId}` }),
      tampered,
      "alg-none": `${b64({ alg: "none" })}.${b64({ token_use: "id", iss: `${t.url}/${poolId}`, exp: now + 3600 })}.`,
      garbage: "not-a-token",
      allow: "allow",
      deny: "deny",
      narrow: "narrow",
      unauthorized: "unauthorized",
      boom: "boom",
    };
  }

  const shapes: Record<string, (token: string) => Array<[string, string]>> = {
    bare: (tk) => [["Authorization", tk]],
    bearer: (tk) => [["Authorization", `Bearer ${tk}`]],
    "lower-bearer": (tk) => [["Authorization", `bearer ${tk}`]],
    "full-width-space": (tk) => [["Authorization", `\u3000${tk}`]],
    "trailing-space": (tk) => [["Authorization", `${tk} `]],
    quoted: (tk) => [["Authorization", `"${tk}"`]],
    "bearer-alone": () => [["Authorization", "Bearer"]],
    none: () => [],
    "x-token": (tk) => [["X-Token", tk]],
    "sigv4-like": () => [["Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/execute-api/aws4_request"]],
    "with-key": (tk) => [
      ["Authorization", tk],
      ["x-api-key", apiKey],
    ],
    "wrong-key": (tk) => [
      ["Authorization", tk],
      ["x-api-key", "not-a-key-of-any-plan-0000"],
    ],
    "preflight-origin": (tk) => [
      ["Authorization", tk],
      ["Origin", "https://app.example"],
    ],
  };

  const routes: Array<[string, string]> = [
    ["GET", "/pets"],
    ["POST", "/pets"],
    ["GET", "/pets/1"],
    ["GET", "/pets//"],
    ["GET", "//pets"],
    ["GET", "/pets//1"],
    ["GET", "/public/a/b"],
    ["GET", "/nothing/here"],
    ["GET", "/iam"],
    ["DELETE", "/iam"],
    ["GET", "/keyed"],
    ["GET", "/other"],
    ["GET", "/lambda"],
    ["GET", "/denied"],
    ["GET", "/"],
    ["OPTIONS", "/pets"],
  ];
  const stages = ["dev", "old", "nope"];

  it("agrees on the disagreements once found", async () => {
    const tk = tokens();
    const cases: Case[] = [
      { name: "full-width space before the token", method: "GET", path: "/pets", stage: "dev", headers: [["Authorization", `\u3000${tk.id}`]] },
      { name: "GET /pets// routes as the gateway routes", method: "GET", path: "/pets//", stage: "dev", headers: [["Authorization", tk.id]] },
      { name: "GET /pets//1", method: "GET", path: "/pets//1", stage: "dev", headers: [["Authorization", tk.id]] },
      { name: "GET //pets", method: "GET", path: "//pets", stage: "dev", headers: [] },
      { name: "the same token and authorizer (poolgate's issuer)", method: "GET", path: "/pets", stage: "dev", headers: [["Authorization", tk.id]] },
      { name: "a wrong-region issuer", method: "GET", path: "/pets", stage: "dev", headers: [["Authorization", tk["wrong-region-issuer"]]] },
      { name: "a provider ARN from a stage variable", method: "GET", path: "/other", stage: "dev", headers: [["X-Token", tk.id]] },
      ...["allow", "deny", "narrow", "unauthorized", "boom"].map(
        (answer): Case => ({
          name: `a Lambda authorizer that answers ${answer}`,
          method: "GET",
          path: "/lambda",
          stage: "dev",
          headers: [["Authorization", answer]],
        }),
      ),
    ];
    const disagreements = (await Promise.all(cases.map(agree))).filter(Boolean);
    assert.deepEqual(disagreements, []);
    assert.ok(
      [...seen].some((a) => a.startsWith("500 ")),
      "a failing Lambda authorizer answers 500",
    );
  });

  it(`agrees on ${CASES} generated cases`, async () => {
    const tk = tokens();
    const next = random(20261205);
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] as T;
    const cases: Case[] = [];
    for (let i = 0; i < CASES; i++) {
      const tokenKind = pick(Object.keys(tk));
      const shape = pick(Object.keys(shapes));
      const [verb, path] = pick(routes);
      const stage = next() < 0.8 ? "dev" : pick(stages);
      const extra: Array<[string, string]> = verb === "OPTIONS" && shape === "preflight-origin" ? [["Access-Control-Request-Method", "GET"]] : [];
      cases.push({
        name: `#${i} ${verb} ${path} stage=${stage} token=${tokenKind} shape=${shape}`,
        method: verb,
        path,
        stage,
        headers: [...shapes[shape](tk[tokenKind]), ...extra],
      });
    }
    const disagreements: string[] = [];
    // A few at a time: both runners are exercised concurrently, as they would be in use.
    for (let i = 0; i < cases.length; i += 8) {
      for (const d of await Promise.all(cases.slice(i, i + 8).map(agree))) if (d) disagreements.push(d);
    }
    assert.deepEqual(disagreements, [], `${disagreements.length} of ${cases.length} cases disagree`);
    // The matrix reaches every kind of answer: through, refused by the authorizer, the route, the policy, the key, a
    // failing Lambda authorizer, expiry.
    const statuses = new Set([...seen].map((a) => Number(a.split(" ")[0])));
    for (const status of [200, 401, 403]) assert.ok(statuses.has(status), `no case answered ${status}: ${[...seen].join(" | ")}`);
    assert.ok(seen.size >= 10, `only ${seen.size} distinct answers`);
  });
});

/** Header values as a client writes them: the UTF-8 bytes of the string, one latin1 character per byte for node:http. */
function wireHeaders(headers: Array<[string, string]>): Record<string, string> {
  return Object.fromEntries(headers.map(([k, v]) => [k, Buffer.from(v, "utf8").toString("latin1")]));
}
