import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DeploymentSnapshot, Method } from "../shapes/apigateway.js";
import { parseInvokeTarget } from "./invoke-url.js";
import { routeRequest } from "./resource-path.js";

const m = (httpMethod: string): Method => ({ httpMethod, authorizationType: "NONE", apiKeyRequired: false });
const snapshot = (paths: Record<string, string[]>): DeploymentSnapshot => ({
  restApiId: "a",
  deploymentId: "d",
  createdDate: 0,
  api: { id: "a", name: "a", createdDate: 0, rootResourceId: "r" },
  resources: Object.entries(paths).map(([path, methods], i) => ({ id: String(i), path, resourceMethods: Object.fromEntries(methods.map((x) => [x, m(x)])) })),
  authorizers: [],
  gatewayResponses: [],
});

describe("routing", () => {
  const s = snapshot({ "/": ["GET"], "/a": ["GET"], "/a/{id}": ["GET", "PUT"], "/a/b": ["GET"], "/{proxy+}": ["ANY"], "/a/{id}/c": ["POST"] });
  const route = (path: string, method = "GET") => {
    const r = routeRequest(s, path, method);
    return r.match ? `${r.match.resource.path} ${JSON.stringify(r.match.pathParams)}` : `miss ${r.resourcePath ?? "-"}`;
  };
  it("prefers literal, then parameter, then greedy", () => {
    assert.equal(route("/"), "/ {}");
    assert.equal(route("/a/b"), "/a/b {}");
    assert.equal(route("/a/x"), '/a/{id} {"id":"x"}');
    assert.equal(route("/a/x/c", "POST"), '/a/{id}/c {"id":"x"}');
    assert.equal(route("/z/y"), '/{proxy+} {"proxy":"z/y"}');
    assert.equal(route("/a/"), "/a {}", "one trailing slash is ignored");
  });
  it("falls back to a less specific resource that has the method", () => {
    assert.equal(route("/a/b", "PUT"), '/a/{id} {"id":"b"}');
    assert.equal(route("/a", "DELETE"), '/{proxy+} {"proxy":"a"}');
  });
  it("reports the matched resource when only the method is missing", () => {
    const only = snapshot({ "/pets": ["GET"] });
    assert.deepEqual(routeRequest(only, "/pets", "POST"), { resourcePath: "/pets", methods: ["GET"] });
    assert.deepEqual(routeRequest(only, "/cats", "GET"), {});
  });
});

describe("invoke URL forms", () => {
  it("parses host, path and legacy forms", () => {
    assert.deepEqual(parseInvokeTarget("abc123.execute-api.localhost", "/dev/pets/1"), {
      apiId: "abc123",
      stageName: "dev",
      path: "/pets/1",
      form: "local-host",
    });
    assert.deepEqual(parseInvokeTarget("abc123.execute-api.us-east-1.amazonaws.com", "/dev"), {
      apiId: "abc123",
      stageName: "dev",
      path: "/",
      form: "aws",
      region: "us-east-1",
      vpceId: undefined,
    });
    assert.deepEqual(parseInvokeTarget("127.0.0.1", "/_aws/execute-api/abc123/dev/x"), { apiId: "abc123", stageName: "dev", path: "/x", form: "local-path" });
    assert.deepEqual(parseInvokeTarget("127.0.0.1", "/restapis/abc123/dev/_user_request_/x/y"), {
      apiId: "abc123",
      stageName: "dev",
      path: "/x/y",
      form: "local-legacy",
    });
    assert.equal(parseInvokeTarget("127.0.0.1", "/restapis/abc123/resources"), undefined, "the control plane keeps /restapis");
    assert.equal(parseInvokeTarget("localhost", "/"), undefined);
  });
});
