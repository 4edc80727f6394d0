import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CreateRestApiCommand } from "@aws-sdk/client-api-gateway";
import { CreateUserPoolCommand, DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { API_GATEWAY_OPERATIONS } from "../../src/apigateway/operations/registry.js";
import { OPERATIONS } from "../../src/cognito/operations/registry.js";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * Regression tables for inputs that used to answer 500 or break the client: lone surrogates, huge echoed
 * values, prototype-named targets, missing targets, explicit nulls. Each row is one request and the
 * client error AWS answers instead.
 */

const TARGET = "AWSCognitoIdentityProviderService.";
const LONE = "\uD800";

let srv: TestServer;
let poolId: string;
let restApiId: string;
let rootResourceId: string;

before(async () => {
  srv = await startServer();
  poolId = (await srv.cognito.send(new CreateUserPoolCommand({ PoolName: "wire" }))).UserPool?.Id as string;
  const api = await srv.apigateway.send(new CreateRestApiCommand({ name: "wire" }));
  restApiId = api.id as string;
  rootResourceId = api.rootResourceId as string;
});
after(() => srv.stop());

async function cognitoRaw(target: string | undefined, body: string, contentType = "application/x-amz-json-1.1") {
  const headers: Record<string, string> = { "content-type": contentType };
  if (target !== undefined) headers["x-amz-target"] = target;
  const res = await fetch(srv.url, { method: "POST", headers, body });
  const text = await res.text();
  return { res, text, json: JSON.parse(text) as { __type?: string; message?: string } };
}

async function apigwRaw(method: string, path: string, body: unknown) {
  const res = await fetch(`${srv.url}${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { res, json: (await res.json()) as { message?: string } };
}

const headerBytes = (res: Response) => [...res.headers].reduce((n, [k, v]) => n + k.length + v.length + 4, 0);

describe("lone surrogates and huge values are echoed safely", () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ["lone surrogate in a pattern-checked id", "DescribeUserPool", { UserPoolId: `us-east-1_${LONE}` }],
    ["lone low surrogate", "AdminGetUser", { UserPoolId: "us-east-1_abc", Username: "\uDC00x" }],
    ["lone surrogate in a free name", "CreateUserPool", { PoolName: `a${LONE}b` }],
    ["20 KB value", "DescribeUserPool", { UserPoolId: "x".repeat(20_000) }],
    ["20 KB of non-ASCII", "DescribeUserPool", { UserPoolId: "é".repeat(20_000) }],
    [
      "many 20 KB values in one list",
      "AdminUpdateUserAttributes",
      {
        UserPoolId: "us-east-1_abc",
        Username: "u",
        UserAttributes: Array.from({ length: 20 }, () => ({ Name: "ü".repeat(20_000), Value: "v" })),
      },
    ],
  ];
  for (const [title, op, input] of cases)
    it(`${op}: ${title} → 400 with a bounded, well-formed message`, async () => {
      const { res, json } = await cognitoRaw(`${TARGET}${op}`, JSON.stringify(input));
      assert.equal(res.status, 400);
      assert.match(json.__type ?? "", /Exception$/);
      assert.equal(typeof json.message, "string");
      assert.ok((json.message as string).length <= 4100, `message of ${json.message?.length} chars`);
      assert.ok(headerBytes(res) < 8 * 1024, `headers of ${headerBytes(res)} bytes`);
      assert.equal(/[\uD800-\uDFFF]/.test((json.message as string).replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")), false);
    });

  it("the AWS SDK reads the error of a 20 KB input (no Header overflow)", async () => {
    await rejectsWith(
      srv.cognito.send(new DescribeUserPoolCommand({ UserPoolId: "x".repeat(20_000) })),
      "InvalidParameterException",
      /^\d+ validation errors? detected/,
    );
  });
});

describe("X-Amz-Target dispatch", () => {
  const cases: Array<[string, string | undefined, number, string]> = [
    ["__proto__", `${TARGET}__proto__`, 400, "UnknownOperationException"],
    ["constructor", `${TARGET}constructor`, 400, "UnknownOperationException"],
    ["toString", `${TARGET}toString`, 400, "UnknownOperationException"],
    ["hasOwnProperty", `${TARGET}hasOwnProperty`, 400, "UnknownOperationException"],
    ["a misspelt operation", `${TARGET}DescribeUserPools`, 400, "UnknownOperationException"],
    ["another service's target", "DynamoDB_20120810.ListTables", 400, "UnknownOperationException"],
    ["no target", undefined, 400, "UnknownOperationException"],
    ["an empty target", "", 400, "UnknownOperationException"],
    ["a known but unimplemented operation", `${TARGET}AdminGetDevice`, 400, "UnsupportedOperationException"],
  ];
  for (const [title, target, status, type] of cases)
    it(`${title} → ${status} ${type}`, async () => {
      const { res, json } = await cognitoRaw(target, "{}");
      assert.equal(res.status, status);
      assert.equal(json.__type, type);
      assert.equal(res.headers.get("x-amzn-errortype"), `${type}:`);
      assert.equal(res.headers.get("content-type"), "application/x-amz-json-1.1");
    });
});

describe("JSON null members are absent, never a 500", () => {
  it("ListUsers with Filter: null lists the users", async () => {
    const { res, json } = await cognitoRaw(`${TARGET}ListUsers`, JSON.stringify({ UserPoolId: poolId, Filter: null, Limit: null, PaginationToken: null }));
    assert.equal(res.status, 200, JSON.stringify(json));
    assert.deepEqual((json as { Users?: unknown[] }).Users, []);
  });
  it("a required member sent as null is AWS's 'must not be null'", async () => {
    const { res, json } = await cognitoRaw(`${TARGET}DescribeUserPool`, JSON.stringify({ UserPoolId: null }));
    assert.equal(res.status, 400);
    assert.equal(json.__type, "InvalidParameterException");
    assert.match(json.message ?? "", /Value null at 'userPoolId' failed to satisfy constraint: Member must not be null/);
  });
  it("a null list item is a SerializationException", async () => {
    const { res, json } = await cognitoRaw(`${TARGET}AdminUpdateUserAttributes`, JSON.stringify({ UserPoolId: poolId, Username: "u", UserAttributes: [null] }));
    assert.equal(res.status, 400);
    assert.equal(json.__type, "SerializationException");
  });
  it("nulls at every depth of CreateUserPool", async () => {
    const { res, json } = await cognitoRaw(
      `${TARGET}CreateUserPool`,
      JSON.stringify({ PoolName: "nulls", Policies: null, Schema: null, LambdaConfig: null, UserPoolTags: null }),
    );
    assert.equal(res.status, 200, JSON.stringify(json));
  });
  const rest: Array<[string, string, () => string, unknown, number]> = [
    ["CreateDeployment stageName: null", "POST", () => `/restapis/${restApiId}/deployments`, { stageName: null }, 400],
    ["CreateUsagePlan quota: null", "POST", () => "/usageplans", { name: "p", quota: null, throttle: null }, 201],
    ["CreateApiKey with null members", "POST", () => "/apikeys", { name: null, enabled: null, value: null, stageKeys: null }, 201],
    [
      "CreateAuthorizer with null members",
      "POST",
      () => `/restapis/${restApiId}/authorizers`,
      { name: "a", type: "TOKEN", authorizerUri: null, identitySource: null },
      400,
    ],
    ["UpdateRestApi patchOperations: null", "PATCH", () => `/restapis/${restApiId}`, { patchOperations: null }, 200],
    ["UpdateRestApi patchOperations: [null]", "PATCH", () => `/restapis/${restApiId}`, { patchOperations: [null] }, 400],
  ];
  for (const [title, method, path, body, status] of rest)
    it(`${title} → ${status}`, async () => {
      const { res, json } = await apigwRaw(method, path(), body);
      assert.equal(res.status, status, JSON.stringify(json));
      if (status >= 400) {
        assert.equal(typeof json.message, "string");
        assert.ok(res.headers.get("x-amzn-errortype"));
      }
    });
});

describe("bodies that cannot be an input", () => {
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  const deepObject = `{"a":${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`;
  it("a deeply nested Cognito body → SerializationException", async () => {
    const { res, json } = await cognitoRaw(`${TARGET}CreateUserPool`, `{"PoolName":"x","Schema":${deep}}`);
    assert.equal(res.status, 400);
    assert.equal(json.__type, "SerializationException");
  });
  it("a deeply nested control-plane body → 400", async () => {
    const res = await fetch(`${srv.url}/apikeys`, { method: "POST", body: deepObject });
    assert.equal(res.status, 400);
    assert.equal(typeof ((await res.json()) as { message?: string }).message, "string");
  });
});

describe("OpenAPI documents that nest without end", () => {
  const block = Array.from({ length: 3_000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n");
  const cases: Array<[string, string]> = [
    // Under the fuzz suite this one killed the process: the YAML parser ran out of stack inside V8's regexp
    // compiler (fatal, not a catchable RangeError). Whether it does depends on the stack left at the call.
    ["100,000 nested flow sequences (YAML)", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    ["20,000 nested flow maps (YAML)", `openapi: 3.0.1\nx: ${"{a: ".repeat(20_000)}1${"}".repeat(20_000)}`],
    ["3,000 indented levels (YAML)", `openapi: 3.0.1\ninfo: {title: t}\n${block}`],
    [
      "a JSON document with a policy nested 50,000 deep",
      `{"openapi":"3.0.1","info":{"title":"t"},"paths":{},"x-amazon-apigateway-policy":${"[".repeat(50_000)}${"]".repeat(50_000)}}`,
    ],
  ];
  for (const [title, doc] of cases)
    it(`ImportRestApi: ${title} → 400 Invalid OpenAPI input., and the server keeps answering`, async () => {
      const res = await fetch(`${srv.url}/restapis?mode=import`, { method: "POST", body: doc });
      assert.equal(res.status, 400);
      assert.equal(res.headers.get("x-amzn-errortype"), "BadRequestException");
      assert.deepEqual(await res.json(), { message: "Invalid OpenAPI input." });
      assert.equal((await fetch(`${srv.url}/_poolgate/health`)).status, 200);
    });
});

describe("OpenAPI keys named like Object.prototype members", () => {
  it("a path item's constructor, __proto__ and toString keys are not methods", async () => {
    const doc = `{"openapi":"3.0.1","info":{"title":"proto"},"paths":{"/a":{"constructor":{},"__proto__":{},"toString":{},"hasOwnProperty":{},"get":{}}}}`;
    const res = await fetch(`${srv.url}/restapis?mode=import`, { method: "POST", body: doc });
    assert.equal(res.status, 201);
    const api = (await res.json()) as { id: string };
    const resources = (await (await fetch(`${srv.url}/restapis/${api.id}/resources?embed=methods`)).json()) as {
      item: Array<{ path: string; resourceMethods?: object }>;
    };
    assert.deepEqual(Object.keys(resources.item.find((r) => r.path === "/a")?.resourceMethods ?? {}), ["GET"]);
  });
});

describe("every Cognito operation with a lone surrogate in every string member", () => {
  // The first finding: 38 operations answered 500 this way. One request per operation, every string member odd.
  for (const op of OPERATIONS.values())
    it(`${op.name} → a 4xx in AWS's shape`, async () => {
      const input = Object.fromEntries(Object.entries(op.input).map(([name, f]) => [name, f.kind === "string" ? `${LONE}${"x".repeat(3_000)}` : undefined]));
      const { res, json } = await cognitoRaw(`${TARGET}${op.name}`, JSON.stringify(input));
      assert.ok(res.status >= 400 && res.status < 500, `${res.status} ${JSON.stringify(json).slice(0, 200)}`);
      assert.equal(typeof json.__type, "string");
      assert.equal(typeof json.message, "string");
      assert.ok(headerBytes(res) < 8 * 1024);
    });
});

describe("every API Gateway route with broken labels, or null members", () => {
  // Broken: labels as percent-encoded lone-surrogate bytes (invalid UTF-8), a lone surrogate as a document.
  // Null: real API and root resource ids, and every declared body member null.
  const labelled = (op: (typeof API_GATEWAY_OPERATIONS)[number], broken: boolean) =>
    op.path.replace(/\{(\w+)\}/g, (_, label: string) =>
      broken
        ? "%ED%A0%80"
        : label === "restApiId"
          ? restApiId
          : label === "resourceId" || label === "parentId"
            ? rootResourceId
            : label === "httpMethod"
              ? "GET"
              : "x",
    );
  for (const op of API_GATEWAY_OPERATIONS)
    for (const broken of [true, false])
      it(`${op.name}, ${broken ? "broken labels" : "null members"} → no 5xx, {message} + x-amzn-ErrorType`, async () => {
        const query = Object.entries(op.query ?? {}).map(([k, v]) => `${k}=${v}`);
        const nulls = JSON.stringify(Object.fromEntries(Object.keys(op.input ?? { name: {}, patchOperations: {} }).map((k) => [k, null])));
        const body = op.body === "raw" ? (broken ? "\uD800" : '{"openapi":null,"info":null,"paths":null}') : nulls;
        const res = await fetch(`${srv.url}${labelled(op, broken)}${query.length ? `?${query.join("&")}` : ""}`, {
          method: op.method,
          body: op.method === "GET" || op.method === "DELETE" ? undefined : body,
        });
        assert.ok(res.status < 500, `${res.status}`);
        if (res.status >= 400) {
          assert.ok(res.headers.get("x-amzn-errortype"));
          assert.equal(typeof ((await res.json()) as { message?: unknown }).message, "string");
        }
      });
});
