import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  DeleteApiKeyCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  GetApiKeyCommand,
  GetApiKeysCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  UpdateApiKeyCommand,
  UpdateRestApiCommand,
  UpdateUsagePlanCommand,
} from "@aws-sdk/client-api-gateway";
import { aws } from "../harness/aws-cli.js";
import { doctor } from "../harness/doctor.js";
import { handlerModule, invocationUri } from "../harness/lambda-files.js";
import { startServer, type TestServer } from "../harness/server.js";

/** Expects the SDK call to fail with this AWS error name, HTTP status and (optionally) message. */
async function rejects(p: Promise<unknown>, name: string, status: number, message?: RegExp): Promise<void> {
  await assert.rejects(p, (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
    assert.equal(e.name, name);
    assert.equal(e.$metadata?.httpStatusCode, status);
    if (message) assert.match(e.message, message);
    return true;
  });
}

/** An API with GET /keyed (apiKeyRequired, MOCK 200) deployed to dev and prod. */
async function keyedApi(c: APIGatewayClient, name: string, authorizerUri?: string): Promise<string> {
  const api = await c.send(new CreateRestApiCommand({ name }));
  const restApiId = api.id!;
  const authorizer = authorizerUri
    ? await c.send(
        new CreateAuthorizerCommand({
          restApiId,
          name: "keys",
          type: "TOKEN",
          authorizerUri,
          identitySource: "method.request.header.Authorization",
          authorizerResultTtlInSeconds: 0,
        }),
      )
    : undefined;
  const res = await c.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: "keyed" }));
  await c.send(
    new PutMethodCommand({
      restApiId,
      resourceId: res.id!,
      httpMethod: "GET",
      authorizationType: authorizer ? "CUSTOM" : "NONE",
      authorizerId: authorizer?.id,
      apiKeyRequired: true,
    }),
  );
  await c.send(
    new PutIntegrationCommand({
      restApiId,
      resourceId: res.id!,
      httpMethod: "GET",
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode":200}' },
    }),
  );
  await c.send(
    new PutIntegrationResponseCommand({
      restApiId,
      resourceId: res.id!,
      httpMethod: "GET",
      statusCode: "200",
      responseTemplates: { "application/json": '{"ok":true}' },
    }),
  );
  if (authorizer) await c.send(new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: "replace", path: "/apiKeySource", value: "AUTHORIZER" }] }));
  await c.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
  await c.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
  return restApiId;
}

describe("API keys and usage plans: control plane", () => {
  let t: TestServer;
  let c: APIGatewayClient;
  let apiId: string;
  before(async () => {
    t = await startServer();
    c = t.apigateway;
    apiId = await keyedApi(c, "control");
  });
  after(() => t.stop());

  it("creates a key disabled by default with a generated 40-character value, and shows the value only when asked", async () => {
    const created = await c.send(new CreateApiKeyCommand({ name: "generated", description: "d", customerId: "cust-1", tags: { team: "a" } }));
    assert.match(created.id ?? "", /^[a-z0-9]{10}$/);
    assert.match(created.value ?? "", /^[A-Za-z0-9]{40}$/);
    assert.equal(created.enabled, false);
    assert.ok(created.createdDate instanceof Date && created.lastUpdatedDate instanceof Date);
    assert.deepEqual(created.stageKeys, []);
    assert.deepEqual(created.tags, { team: "a" });

    const plain = await c.send(new GetApiKeyCommand({ apiKey: created.id }));
    assert.equal(plain.value, undefined);
    assert.equal(plain.name, "generated");
    assert.equal(plain.customerId, "cust-1");
    const withValue = await c.send(new GetApiKeyCommand({ apiKey: created.id, includeValue: true }));
    assert.equal(withValue.value, created.value);
  });

  it("takes a given value of at least 20 characters, refuses shorter ones (400) and duplicates (409)", async () => {
    const value = "a-given-value-of-24-char";
    const created = await c.send(new CreateApiKeyCommand({ name: "given", value, enabled: true, stageKeys: [{ restApiId: apiId, stageName: "dev" }] }));
    assert.equal(created.value, value);
    assert.equal(created.enabled, true);
    assert.deepEqual(created.stageKeys, [`${apiId}/dev`]);
    await rejects(c.send(new CreateApiKeyCommand({ value: "short" })), "BadRequestException", 400, /at least 20 characters/);
    await rejects(c.send(new CreateApiKeyCommand({ value })), "ConflictException", 409, /already exists/);
    await rejects(c.send(new CreateApiKeyCommand({ stageKeys: [{ restApiId: apiId, stageName: "nope" }] })), "NotFoundException", 404);
  });

  it("lists keys with name and customerId filters, values only with includeValues, in pages", async () => {
    for (const n of [1, 2, 3]) await c.send(new CreateApiKeyCommand({ name: `paged-${n}`, customerId: "pager" }));
    const all = await c.send(new GetApiKeysCommand({ nameQuery: "paged-" }));
    assert.deepEqual(
      all.items?.map((k) => k.name),
      ["paged-1", "paged-2", "paged-3"],
    );
    assert.ok(all.items?.every((k) => k.value === undefined));
    const values = await c.send(new GetApiKeysCommand({ customerId: "pager", includeValues: true }));
    assert.equal(values.items?.length, 3);
    assert.ok(values.items?.every((k) => /^[A-Za-z0-9]{40}$/.test(k.value ?? "")));
    const first = await c.send(new GetApiKeysCommand({ nameQuery: "paged-", limit: 2 }));
    assert.equal(first.items?.length, 2);
    assert.ok(first.position);
    const second = await c.send(new GetApiKeysCommand({ nameQuery: "paged-", limit: 2, position: first.position }));
    assert.deepEqual(
      second.items?.map((k) => k.name),
      ["paged-3"],
    );
    assert.equal(second.position, undefined);
    await rejects(c.send(new GetApiKeysCommand({ limit: 501 })), "BadRequestException", 400);
  });

  it("updates name, description, enabled and customerId; refuses other paths and bad booleans", async () => {
    const k = await c.send(new CreateApiKeyCommand({ name: "before" }));
    t.clock.advance(5000);
    const updated = await c.send(
      new UpdateApiKeyCommand({
        apiKey: k.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "after" },
          { op: "replace", path: "/description", value: "now described" },
          { op: "replace", path: "/enabled", value: "true" },
          { op: "replace", path: "/customerId", value: "cust-2" },
        ],
      }),
    );
    assert.equal(updated.name, "after");
    assert.equal(updated.description, "now described");
    assert.equal(updated.enabled, true);
    assert.equal(updated.customerId, "cust-2");
    assert.ok((updated.lastUpdatedDate?.getTime() ?? 0) > (k.createdDate?.getTime() ?? 0));
    await rejects(
      c.send(new UpdateApiKeyCommand({ apiKey: k.id, patchOperations: [{ op: "replace", path: "/value", value: "x" }] })),
      "BadRequestException",
      400,
    );
    await rejects(
      c.send(new UpdateApiKeyCommand({ apiKey: k.id, patchOperations: [{ op: "replace", path: "/enabled", value: "yes" }] })),
      "BadRequestException",
      400,
    );
  });

  it("answers unknown key and plan ids with 404 and AWS's messages; deletes with 202", async () => {
    await rejects(c.send(new GetApiKeyCommand({ apiKey: "nokey00000" })), "NotFoundException", 404, /^Invalid API Key identifier specified$/);
    await rejects(c.send(new UpdateApiKeyCommand({ apiKey: "nokey00000", patchOperations: [] })), "NotFoundException", 404);
    await rejects(c.send(new DeleteApiKeyCommand({ apiKey: "nokey00000" })), "NotFoundException", 404);
    await rejects(c.send(new GetUsagePlanCommand({ usagePlanId: "noplan" })), "NotFoundException", 404, /^Invalid Usage Plan ID specified$/);
    await rejects(c.send(new DeleteUsagePlanCommand({ usagePlanId: "noplan" })), "NotFoundException", 404);
    await rejects(c.send(new GetUsagePlanKeysCommand({ usagePlanId: "noplan" })), "NotFoundException", 404);
    const k = await c.send(new CreateApiKeyCommand({ name: "doomed" }));
    const del = await c.send(new DeleteApiKeyCommand({ apiKey: k.id }));
    assert.equal(del.$metadata.httpStatusCode, 202);
    await rejects(c.send(new GetApiKeyCommand({ apiKey: k.id })), "NotFoundException", 404);
  });

  it("creates, reads, lists, patches and deletes usage plans", async () => {
    const plan = await c.send(
      new CreateUsagePlanCommand({
        name: "gold",
        description: "the gold plan",
        apiStages: [{ apiId, stage: "dev" }],
        throttle: { burstLimit: 10, rateLimit: 2.5 },
        quota: { limit: 1000, period: "DAY" },
        tags: { tier: "gold" },
      }),
    );
    assert.match(plan.id ?? "", /^[a-z0-9]{6}$/);
    assert.deepEqual(plan.apiStages, [{ apiId, stage: "dev" }]);
    assert.deepEqual(plan.throttle, { burstLimit: 10, rateLimit: 2.5 });
    assert.deepEqual(plan.quota, { limit: 1000, offset: 0, period: "DAY" });
    assert.equal((await c.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).name, "gold");

    const updated = await c.send(
      new UpdateUsagePlanCommand({
        usagePlanId: plan.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "platinum" },
          { op: "add", path: "/apiStages", value: `${apiId}:prod` },
          { op: "remove", path: "/apiStages", value: `${apiId}:dev` },
          { op: "replace", path: "/throttle/rateLimit", value: "7" },
          { op: "replace", path: "/quota/period", value: "MONTH" },
        ],
      }),
    );
    assert.equal(updated.name, "platinum");
    assert.deepEqual(updated.apiStages, [{ apiId, stage: "prod" }]);
    assert.deepEqual(updated.throttle, { burstLimit: 10, rateLimit: 7 });
    assert.equal(updated.quota?.period, "MONTH");

    const other = await c.send(new CreateUsagePlanCommand({ name: "silver" }));
    assert.deepEqual(other.apiStages, []);
    const listed = await c.send(new GetUsagePlansCommand({}));
    assert.deepEqual(
      listed.items?.map((p) => p.name),
      ["platinum", "silver"],
    );
    const paged = await c.send(new GetUsagePlansCommand({ limit: 1 }));
    assert.equal(paged.items?.length, 1);
    assert.ok(paged.position);

    const del = await c.send(new DeleteUsagePlanCommand({ usagePlanId: other.id }));
    assert.equal(del.$metadata.httpStatusCode, 202);
    await rejects(c.send(new GetUsagePlanCommand({ usagePlanId: other.id })), "NotFoundException", 404);
    await c.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }));
  });

  it("refuses bad usage plan input with 400", async () => {
    await rejects(c.send(new CreateUsagePlanCommand({ name: undefined as unknown as string })), "ValidationException", 400);
    await rejects(c.send(new CreateUsagePlanCommand({ name: "x", apiStages: [{ apiId, stage: "nope" }] })), "BadRequestException", 400);
    await rejects(c.send(new CreateUsagePlanCommand({ name: "x", apiStages: [{ apiId: "noapi00000", stage: "dev" }] })), "BadRequestException", 400);
    await rejects(c.send(new CreateUsagePlanCommand({ name: "x", quota: { limit: 5 } })), "BadRequestException", 400);
    await rejects(c.send(new CreateUsagePlanCommand({ name: "x", throttle: { rateLimit: -1 } })), "BadRequestException", 400);
    const plan = await c.send(new CreateUsagePlanCommand({ name: "patched" }));
    await rejects(
      c.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "add", path: "/apiStages", value: "no-colon" }] })),
      "BadRequestException",
      400,
    );
    await rejects(
      c.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "replace", path: "/quota/period", value: "YEAR" }] })),
      "BadRequestException",
      400,
    );
    await rejects(
      c.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "replace", path: "/unknown", value: "1" }] })),
      "BadRequestException",
      400,
      /Invalid patch path/,
    );
  });

  it("puts keys in plans (UsagePlanKey), lists, reads, filters plans by key, and takes them out", async () => {
    const plan = await c.send(new CreateUsagePlanCommand({ name: "keyed", apiStages: [{ apiId, stage: "dev" }] }));
    const k1 = await c.send(new CreateApiKeyCommand({ name: "member-1", enabled: true }));
    const k2 = await c.send(new CreateApiKeyCommand({ name: "member-2", enabled: true }));
    const upk = await c.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k1.id, keyType: "API_KEY" }));
    assert.deepEqual({ id: upk.id, type: upk.type, value: upk.value, name: upk.name }, { id: k1.id, type: "API_KEY", value: k1.value, name: "member-1" });
    await c.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k2.id, keyType: "API_KEY" }));
    await rejects(c.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k1.id, keyType: "API_KEY" })), "ConflictException", 409);
    await rejects(c.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: "nokey00000", keyType: "API_KEY" })), "NotFoundException", 404);
    await rejects(c.send(new CreateUsagePlanKeyCommand({ usagePlanId: "noplan", keyId: k1.id, keyType: "API_KEY" })), "NotFoundException", 404);
    await rejects(c.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k1.id, keyType: "OTHER" })), "ValidationException", 400);

    const keys = await c.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }));
    assert.deepEqual(
      keys.items?.map((k) => k.name),
      ["member-1", "member-2"],
    );
    const page1 = await c.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, limit: 1 }));
    assert.equal(page1.items?.length, 1);
    assert.ok(page1.position);
    assert.deepEqual(
      (await c.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, nameQuery: "member-2" }))).items?.map((k) => k.id),
      [k2.id],
    );
    assert.equal((await c.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k2.id }))).value, k2.value);
    assert.deepEqual(
      (await c.send(new GetUsagePlansCommand({ keyId: k1.id }))).items?.map((p) => p.id),
      [plan.id],
    );

    const del = await c.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k1.id }));
    assert.equal(del.$metadata.httpStatusCode, 202);
    await rejects(c.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k1.id })), "NotFoundException", 404);
    await rejects(c.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: k1.id })), "NotFoundException", 404);
    assert.deepEqual((await c.send(new GetUsagePlansCommand({ keyId: k1.id }))).items, []);
    // Deleting a key takes it out of its plans.
    await c.send(new DeleteApiKeyCommand({ apiKey: k2.id }));
    assert.deepEqual((await c.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items, []);
  });
});

describe("API keys and usage plans: the invoke path", () => {
  const { file, remove } = handlerModule(
    `export const keys = async (event) => ({
  principalId: "p",
  policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: "*" }] },
  ...(event.authorizationToken === "none" ? {} : { usageIdentifierKey: event.authorizationToken }),
});
`,
  );
  let t: TestServer;
  let c: APIGatewayClient;
  let apiId: string;
  let authApiId: string;
  const values = { planned: "", disabled: "", unplanned: "", prodOnly: "" };
  const call = (id: string, stage: string, headers: Record<string, string> = {}) => fetch(`${t.url}/_aws/execute-api/${id}/${stage}/keyed`, { headers });
  const lastCause = async () =>
    ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { cause?: { id: string; messageKey: string } }[] }).requests[0].cause;

  async function assertForbidden(res: Response, messageKey: string): Promise<void> {
    assert.equal(res.status, 403);
    assert.equal(await res.text(), '{"message":"Forbidden"}');
    assert.equal(res.headers.get("x-amzn-errortype"), "ForbiddenException");
    const cause = await lastCause();
    assert.equal(cause?.id, "request.api-key");
    assert.equal(cause?.messageKey, messageKey);
  }

  before(async () => {
    t = await startServer({ lambdas: [`keys=${file}#keys`] });
    c = t.apigateway;
    apiId = await keyedApi(c, "invoke");
    authApiId = await keyedApi(c, "invoke-authorizer", invocationUri("keys"));
    const key = async (name: string, enabled: boolean) => {
      const k = await c.send(new CreateApiKeyCommand({ name, enabled }));
      return { id: k.id!, value: k.value! };
    };
    const planned = await key("planned", true);
    const disabled = await key("disabled", false);
    const unplanned = await key("unplanned", true);
    const prodOnly = await key("prod-only", true);
    const devPlan = await c.send(
      new CreateUsagePlanCommand({
        name: "dev",
        apiStages: [
          { apiId, stage: "dev" },
          { apiId: authApiId, stage: "dev" },
        ],
      }),
    );
    const prodPlan = await c.send(new CreateUsagePlanCommand({ name: "prod", apiStages: [{ apiId, stage: "prod" }] }));
    for (const k of [planned, disabled]) await c.send(new CreateUsagePlanKeyCommand({ usagePlanId: devPlan.id, keyId: k.id, keyType: "API_KEY" }));
    await c.send(new CreateUsagePlanKeyCommand({ usagePlanId: prodPlan.id, keyId: prodOnly.id, keyType: "API_KEY" }));
    Object.assign(values, { planned: planned.value, disabled: disabled.value, unplanned: unplanned.value, prodOnly: prodOnly.value });
  });
  after(async () => {
    await t.stop();
    remove();
  });

  it("refuses a request without a key", async () => assertForbidden(await call(apiId, "dev"), "missing"));
  it("refuses an unknown key", async () => assertForbidden(await call(apiId, "dev", { "x-api-key": "not-a-key-of-this-account" }), "unknown-key"));
  it("refuses a disabled key of the stage's plan", async () => assertForbidden(await call(apiId, "dev", { "x-api-key": values.disabled }), "disabled-key"));
  it("refuses an enabled key in no plan", async () => assertForbidden(await call(apiId, "dev", { "x-api-key": values.unplanned }), "not-in-plan"));
  it("refuses a key planned for another stage", async () => assertForbidden(await call(apiId, "dev", { "x-api-key": values.prodOnly }), "not-in-plan"));

  it("lets an enabled key of a plan of the stage through, and applies key changes without a redeployment", async () => {
    const res = await call(apiId, "dev", { "x-api-key": values.planned });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '{"ok":true}');
    assert.equal((await call(apiId, "prod", { "x-api-key": values.prodOnly })).status, 200);
    const disabled = (await c.send(new GetApiKeysCommand({ nameQuery: "disabled" }))).items?.[0];
    await c.send(new UpdateApiKeyCommand({ apiKey: disabled?.id, patchOperations: [{ op: "replace", path: "/enabled", value: "true" }] }));
    assert.equal((await call(apiId, "dev", { "x-api-key": values.disabled })).status, 200);
  });

  it("poolgate doctor request looks the key up as the gateway does", async () => {
    const url = `${t.url}/_aws/execute-api/${apiId}/dev/keyed`;
    const keyOf = async (value: string) => {
      const r = await doctor(["request", url, "-H", `x-api-key: ${value}`, "--json"], { now: t.clock.now() });
      return r.json?.findings.find((f) => f.id === "request.api-key");
    };
    const planned = await keyOf(values.planned);
    assert.equal(planned?.status, "pass");
    assert.match(planned?.message ?? "", /is enabled and in a usage plan of stage dev/);
    const unplanned = await keyOf(values.unplanned);
    assert.equal(unplanned?.status, "fail");
    assert.match(unplanned?.message ?? "", /is not in a usage plan of stage dev/);
    const unknown = await keyOf("not-a-key-of-this-account");
    assert.equal(unknown?.status, "fail");
    assert.match(unknown?.message ?? "", /No API key has the value sent \(\*\*\*\*ount\)/);
  });

  it("with apiKeySource AUTHORIZER, takes the key from the authorizer's usageIdentifierKey, not the header", async () => {
    assert.equal((await call(authApiId, "dev", { authorization: values.planned })).status, 200);
    await assertForbidden(await call(authApiId, "dev", { authorization: "none", "x-api-key": values.planned }), "missing-from-authorizer");
    await assertForbidden(await call(authApiId, "dev", { authorization: values.unplanned }), "not-in-plan");
  });
});

describe("API keys and usage plans: persistence and the AWS CLI", () => {
  it("keeps keys, plans and their association across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poolgate-keys-"));
    try {
      const first = await startServer({ dataDir: dir });
      const apiId = await keyedApi(first.apigateway, "persisted");
      const key = await first.apigateway.send(new CreateApiKeyCommand({ name: "kept", enabled: true }));
      const plan = await first.apigateway.send(new CreateUsagePlanCommand({ name: "kept", apiStages: [{ apiId, stage: "dev" }] }));
      await first.apigateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
      await first.stop();
      const second = await startServer({ dataDir: dir });
      try {
        assert.equal((await second.apigateway.send(new GetApiKeyCommand({ apiKey: key.id, includeValue: true }))).value, key.value);
        assert.deepEqual((await second.apigateway.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).apiStages, [{ apiId, stage: "dev" }]);
        const res = await fetch(`${second.url}/_aws/execute-api/${apiId}/dev/keyed`, { headers: { "x-api-key": key.value! } });
        assert.equal(res.status, 200);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("aws apigateway create-api-key / get-api-key / delete-api-key", { timeout: 120_000 }, async () => {
    const t = await startServer();
    try {
      const created = await aws(t.url, ["apigateway", "create-api-key", "--name", "from-cli", "--enabled", "--value", "cli-key-value-0123456789"]);
      assert.equal(created.code, 0, created.stderr);
      assert.equal(created.json.name, "from-cli");
      assert.equal(created.json.enabled, true);
      assert.equal(created.json.value, "cli-key-value-0123456789");
      const got = await aws(t.url, ["apigateway", "get-api-key", "--api-key", created.json.id, "--include-value"]);
      assert.equal(got.json.value, "cli-key-value-0123456789");
      const dup = await aws(t.url, ["apigateway", "create-api-key", "--value", "cli-key-value-0123456789"]);
      assert.notEqual(dup.code, 0);
      assert.match(dup.stderr, /ConflictException/);
      assert.equal((await aws(t.url, ["apigateway", "delete-api-key", "--api-key", created.json.id])).code, 0);
      const gone = await aws(t.url, ["apigateway", "get-api-key", "--api-key", created.json.id]);
      assert.match(gone.stderr, /NotFoundException.*Invalid API Key identifier specified/);
    } finally {
      await t.stop();
    }
  });
});

describe("API keys and usage plans: throttle and quota on the invoke path", () => {
  let t: TestServer;
  let apiId: string;
  const call = (key: string) => fetch(`${t.url}/_aws/execute-api/${apiId}/dev/keyed`, { headers: { "x-api-key": key } });
  const keyInPlan = async (value: string, plan: Omit<ConstructorParameters<typeof CreateUsagePlanCommand>[0], "name" | "apiStages">) => {
    const key = await t.apigateway.send(new CreateApiKeyCommand({ name: value.slice(0, 8), value, enabled: true }));
    const created = await t.apigateway.send(new CreateUsagePlanCommand({ name: `plan-${value.slice(0, 8)}`, apiStages: [{ apiId, stage: "dev" }], ...plan }));
    await t.apigateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: created.id, keyId: key.id, keyType: "API_KEY" }));
  };

  before(async () => {
    t = await startServer();
    apiId = await keyedApi(t.apigateway, "limits");
  });
  after(() => t.stop());

  it("throttles a key past its plan's burst with 429 Too Many Requests, and lets it through as the bucket refills", async () => {
    const value = "throttled-key-0000000000";
    await keyInPlan(value, { throttle: { rateLimit: 1, burstLimit: 2 } });
    assert.equal((await call(value)).status, 200);
    assert.equal((await call(value)).status, 200);
    const refused = await call(value);
    assert.equal(refused.status, 429);
    assert.equal(await refused.text(), '{"message":"Too Many Requests"}');
    assert.equal(refused.headers.get("x-amzn-errortype"), "TooManyRequestsException");
    const record = ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { cause?: { messageKey: string } }[] }).requests[0];
    assert.equal(record?.cause?.messageKey, "throttled");
    t.clock.advance(1_500);
    assert.equal((await call(value)).status, 200);
  });

  it("refuses a key past its plan's daily quota with 429 Limit Exceeded until the next day", async () => {
    const value = "quota-key-00000000000000";
    await keyInPlan(value, { quota: { limit: 2, period: "DAY" } });
    assert.equal((await call(value)).status, 200);
    assert.equal((await call(value)).status, 200);
    const refused = await call(value);
    assert.equal(refused.status, 429);
    assert.equal(await refused.text(), '{"message":"Limit Exceeded"}');
    assert.equal(refused.headers.get("x-amzn-errortype"), "LimitExceededException");
    t.clock.advance(86_400_000);
    assert.equal((await call(value)).status, 200);
  });
});
