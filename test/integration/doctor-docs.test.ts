import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  type APIGatewayClient,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { CreateUserPoolClientCommand, CreateUserPoolCommand, CreateUserPoolDomainCommand } from "@aws-sdk/client-cognito-identity-provider";
import { parse } from "yaml";
import { OAUTH_CHECK_IDS } from "../../src/checks/oauth/index.js";
import { GATEWAY_CHECKS } from "../../src/checks/registry.js";
import { DOCTOR_CHECK_IDS } from "../../src/doctor/checks/ids.js";
import { doctor, signedToken } from "../harness/doctor.js";
import { handlerModule } from "../harness/lambda-files.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * Every explain page in docs/checks/ carries at least one example (a token, a request or an OAuth setup) in a
 * ```yaml doctor-example block. This test builds what the example describes on a running poolgate, feeds it to
 * `poolgate doctor --json`, and asserts the page's check id reports the status the page promises.
 */
type Status = "pass" | "fail" | "warn" | "skip";

interface Example {
  kind: "token" | "oauth" | "request";
  token?: string | { use: "id" | "access"; pool?: "other"; claims?: Record<string, unknown> };
  client?: Record<string, unknown>;
  domain?: string;
  api?: {
    authorizerArns?: string[];
    methods: Array<{
      path: string;
      verb: string;
      /** CUSTOM: a Lambda TOKEN authorizer reading Authorization, its token of the form [a-z]+. */
      auth: "NONE" | "AWS_IAM" | "COGNITO_USER_POOLS" | "CUSTOM";
      scopes?: string[];
      deployed?: boolean;
      /** The authorization type after the deployment (changed, not deployed). */
      now?: "NONE" | "COGNITO_USER_POOLS";
      apiKeyRequired?: boolean;
    }>;
    policy?: unknown;
    types?: ("REGIONAL" | "PRIVATE")[];
    gatewayResponses?: Record<string, Record<string, string>>;
  };
  request?: { path: string; method?: string; stage?: string; headers?: Record<string, string>; apiId?: string };
  /** For request.answer: a stand-in endpoint answering this, sent with --send. */
  answer?: { status: number; body: string };
  args?: string[];
  /** The status the page promises (a list when either is right, e.g. where an operation may not be offered). */
  expect: { id: string; status: Status | Status[] };
}

// The Lambda authorizer of CUSTOM examples: the token "deny" is denied, any other allowed everywhere.
const handlers = handlerModule(`export const handler = async (event) => ({
  principalId: "docs",
  policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: event.authorizationToken === "deny" ? "Deny" : "Allow", Resource: "*" }] },
});
`);

const DOCS = join(import.meta.dirname, "../../docs/checks");
const pages = readdirSync(DOCS).filter((f) => f.endsWith(".md"));

function examplesOf(text: string): Example[] {
  return [...text.matchAll(/```yaml doctor-example\n([\s\S]*?)```/g)].map((m) => parse(m[1] ?? "") as Example);
}

describe("docs/checks: every page's example produces its finding", () => {
  let t: TestServer;
  let apigw: APIGatewayClient;
  let poolId: string;
  let otherPoolId: string;
  let n = 0;
  before(async () => {
    t = await startServer({ lambdas: [`authorizer=${handlers.file}#handler`] });
    apigw = t.apigateway;
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "docs" }))).UserPool?.Id ?? "";
    otherPoolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "docs-other" }))).UserPool?.Id ?? "";
    await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: "docs-example" }));
  });
  after(async () => {
    handlers.remove();
    await t.stop();
  });

  const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

  async function tokenOf(ex: Example): Promise<string> {
    if (typeof ex.token === "string") return ex.token;
    const spec = ex.token ?? { use: "id" as const };
    const now = Math.floor(t.clock.now() / 1000);
    // Times in examples are seconds relative to now.
    const claims = Object.fromEntries(
      Object.entries(spec.claims ?? {}).map(([k, v]) => [k, ["exp", "iat", "auth_time"].includes(k) && typeof v === "number" ? now + v : v]),
    );
    const { signatureBroken, ...rest } = claims;
    const token = signedToken(t, spec.pool === "other" ? otherPoolId : poolId, spec.use, rest);
    if (!signatureBroken) return token;
    // The payload changed after signing: what an edited token looks like.
    const [h, p, sig] = token.split(".");
    const payload = JSON.parse(Buffer.from(p ?? "", "base64url").toString("utf8"));
    return `${h}.${Buffer.from(JSON.stringify({ ...payload, "cognito:groups": ["admin"] })).toString("base64url")}.${sig}`;
  }

  async function buildApi(spec: NonNullable<Example["api"]>): Promise<string> {
    const created = await apigw.send(
      new CreateRestApiCommand({
        name: `docs-${++n}`,
        policy: spec.policy ? JSON.stringify(spec.policy) : undefined,
        endpointConfiguration: spec.types ? { types: spec.types } : undefined,
      }),
    );
    const id = created.id ?? "";
    const authorizer = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: id,
        name: "cognito",
        type: "COGNITO_USER_POOLS",
        providerARNs: (spec.authorizerArns ?? ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/{poolId}"]).map((a) => fill(a, { poolId })),
        identitySource: "method.request.header.Authorization",
      }),
    );
    const lambda = spec.methods.some((m) => m.auth === "CUSTOM")
      ? await apigw.send(
          new CreateAuthorizerCommand({
            restApiId: id,
            name: "lambda",
            type: "TOKEN",
            authorizerUri:
              "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:authorizer/invocations",
            identitySource: "method.request.header.Authorization",
            identityValidationExpression: "[a-z]+",
          }),
        )
      : undefined;
    const resources: Record<string, string> = {};
    const put = async (m: (typeof spec.methods)[number]) => {
      resources[m.path] ??=
        (await apigw.send(new CreateResourceCommand({ restApiId: id, parentId: created.rootResourceId, pathPart: m.path.slice(1) }))).id ?? "";
      await apigw.send(
        new PutMethodCommand({
          restApiId: id,
          resourceId: resources[m.path],
          httpMethod: m.verb,
          authorizationType: m.auth,
          authorizerId: m.auth === "COGNITO_USER_POOLS" ? authorizer.id : m.auth === "CUSTOM" ? lambda?.id : undefined,
          authorizationScopes: m.scopes,
          apiKeyRequired: m.apiKeyRequired,
        }),
      );
      await apigw.send(new PutIntegrationCommand({ restApiId: id, resourceId: resources[m.path], httpMethod: m.verb, type: "MOCK" }));
    };
    for (const m of spec.methods.filter((x) => x.deployed !== false)) await put(m);
    for (const [type, params] of Object.entries(spec.gatewayResponses ?? {}))
      await apigw.send(new PutGatewayResponseCommand({ restApiId: id, responseType: type as "UNAUTHORIZED", responseParameters: params }));
    await apigw.send(new CreateDeploymentCommand({ restApiId: id, stageName: "dev" }));
    for (const m of spec.methods.filter((x) => x.deployed === false)) await put(m);
    for (const m of spec.methods.filter((x) => x.now))
      await apigw.send(
        new UpdateMethodCommand({
          restApiId: id,
          resourceId: resources[m.path],
          httpMethod: m.verb,
          patchOperations: [
            { op: "replace", path: "/authorizationType", value: m.now },
            ...(m.now === "COGNITO_USER_POOLS" ? [{ op: "replace" as const, path: "/authorizerId", value: authorizer.id }] : []),
          ],
        }),
      );
    return id;
  }

  async function argsOf(ex: Example, vars: Record<string, string>): Promise<{ args: string[]; stub?: Server }> {
    const extra = (ex.args ?? []).map((a) => fill(String(a), vars));
    if (ex.kind === "token") return { args: ["token", vars.token ?? "", "--endpoint-url", t.url, ...extra] };
    if (ex.kind === "oauth") {
      const client = await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: `docs-${++n}`, ...(ex.client ?? {}) }));
      vars.clientId = client.UserPoolClient?.ClientId ?? "";
      vars.clientSecret = client.UserPoolClient?.ClientSecret ?? "";
      return { args: ["oauth", "--endpoint-url", t.url, ...(ex.args ?? []).map((a) => fill(String(a), vars))] };
    }
    const apiId = ex.api ? await buildApi(ex.api) : (ex.request?.apiId ?? "zzzzzzzzzz");
    const r = ex.request ?? { path: "/" };
    const headers = Object.entries(r.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}: ${fill(v, vars)}`]);
    let base = t.url;
    let stub: Server | undefined;
    if (ex.answer) {
      const answer = ex.answer;
      stub = createServer((_q, s) => {
        s.writeHead(answer.status, { "content-type": "application/json" });
        s.end(answer.body);
      });
      await new Promise<void>((resolve) => stub?.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
      extra.push("--send", "--endpoint-url", t.url);
    }
    const url = `${base}/_aws/execute-api/${apiId}/${r.stage ?? "dev"}${r.path}`;
    return { args: ["request", url, "-X", r.method ?? "GET", ...headers, ...extra], stub };
  }

  it("has a page for every check id the doctor reports", () => {
    const ids = [...GATEWAY_CHECKS.map((c) => c.id), ...OAUTH_CHECK_IDS, ...DOCTOR_CHECK_IDS];
    assert.deepEqual(
      ids.filter((id) => !pages.includes(`${id}.md`)),
      [],
    );
  });

  for (const page of pages) {
    const id = page.replace(/\.md$/, "");
    it(`${page}`, async () => {
      const text = readFileSync(join(DOCS, page), "utf8");
      assert.match(text, /^## English$/m, "an English section");
      assert.match(text, /^## 日本語$/m, "a Japanese section");
      const examples = examplesOf(text);
      assert.ok(examples.length > 0, "at least one example");
      for (const ex of examples) {
        assert.equal(ex.expect.id, id, "the example is about this page's check");
        const vars: Record<string, string> = { poolId, otherPoolId, endpoint: t.url, port: new URL(t.url).port };
        if (ex.kind !== "oauth") vars.token = await tokenOf(ex);
        const { args, stub } = await argsOf(ex, vars);
        try {
          const r = await doctor([...args, "--json"], { now: t.clock.now() });
          assert.ok(r.json, `doctor answered: ${r.stderr}`);
          const allowed = Array.isArray(ex.expect.status) ? ex.expect.status : [ex.expect.status];
          assert.ok(
            allowed.includes(r.status(ex.expect.id) as Status),
            `${ex.expect.id}: expected ${allowed.join("|")}, got ${r.status(ex.expect.id)}\n${r.stdout}`,
          );
        } finally {
          if (stub) await new Promise<void>((resolve) => stub.close(() => resolve()));
        }
      }
    });
  }
});
