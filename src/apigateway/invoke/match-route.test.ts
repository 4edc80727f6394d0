import assert from "node:assert/strict";
import { test } from "node:test";
import type { DeploymentSnapshot, Method } from "../../shapes/apigateway.js";
import { matchRoute } from "./match-route.js";
import type { InvokeEnv, InvokeState } from "./state.js";

const m = (httpMethod: string): Method => ({ httpMethod, authorizationType: "NONE", apiKeyRequired: false });
const snapshot: DeploymentSnapshot = {
  restApiId: "a",
  deploymentId: "d",
  createdDate: 0,
  api: { id: "a", name: "a", createdDate: 0, rootResourceId: "r" },
  resources: [
    { id: "0", path: "/", resourceMethods: {} },
    { id: "1", path: "/pets/{id}", resourceMethods: { GET: m("GET") } },
  ],
  authorizers: [],
  gatewayResponses: [],
};
const state = (path: string, httpMethod = "GET") =>
  ({
    request: { method: httpMethod, headers: {}, query: new URLSearchParams(), sourceIp: "127.0.0.1", requestId: "r" },
    target: { apiId: "a", stageName: "dev", path, form: "local-path" },
    httpMethod,
    snapshot,
    findings: [],
  }) as unknown as InvokeState;
const run = (st: InvokeState) => matchRoute(st, {} as InvokeEnv);

test("routing a request again gives the same answer and findings, with frozen path parameters", () => {
  const first = state("/pets/1");
  const again = state("/pets/1");
  assert.equal(run(first), undefined);
  assert.equal(run(again), undefined);
  assert.deepEqual(again.route?.pathParams, { id: "1" });
  assert.deepEqual(again.findings, first.findings);
  assert.ok(Object.isFrozen(again.route?.pathParams));
  const other = state("/pets/2");
  run(other);
  assert.deepEqual(other.route?.pathParams, { id: "2" });
});

test("a method the resource lacks is still refused after the same path was routed", () => {
  run(state("/pets/1"));
  const put = state("/pets/1", "PUT");
  const refusal = run(put);
  assert.equal(refusal && "decision" in refusal ? refusal.error?.type : undefined, "MISSING_AUTHENTICATION_TOKEN");
  assert.equal(put.findings.at(-1)?.messageKey, "no-method");
});
