import assert from "node:assert/strict";
import { it } from "node:test";
import { REST_OPERATIONS } from "../operations/registry.js";
import { isControlPlaneRequest } from "./mount.js";
import { compileRoutes } from "./router.js";

const route = compileRoutes(Object.values(REST_OPERATIONS));

it("routes each HTTP binding of the AWS model to its operation", () => {
  const cases: [string, string, string, string, Record<string, string>][] = [
    ["POST", "/restapis", "", "CreateRestApi", {}],
    ["POST", "/restapis", "mode=import", "ImportRestApi", {}],
    ["PUT", "/restapis/abc", "mode=overwrite", "PutRestApi", { restApiId: "abc" }],
    ["POST", "/restapis/abc/resources/r1", "", "CreateResource", { restApiId: "abc", parentId: "r1" }],
    ["PUT", "/restapis/abc/resources/r1/methods/GET", "", "PutMethod", { restApiId: "abc", resourceId: "r1", httpMethod: "GET" }],
    [
      "PUT",
      "/restapis/abc/resources/r1/methods/GET/integration/responses/200",
      "",
      "PutIntegrationResponse",
      { restApiId: "abc", resourceId: "r1", httpMethod: "GET", statusCode: "200" },
    ],
    ["GET", "/restapis/abc/authorizers/a1", "", "GetAuthorizer", { restApiId: "abc", authorizerId: "a1" }],
    ["POST", "/restapis/abc/authorizers/a1", "", "TestInvokeAuthorizer", { restApiId: "abc", authorizerId: "a1" }],
    ["GET", "/restapis/abc/gatewayresponses/DEFAULT_4XX", "", "GetGatewayResponse", { restApiId: "abc", responseType: "DEFAULT_4XX" }],
    ["GET", "/restapis/abc/stages/dev/exports/oas30", "", "GetExport", { restApiId: "abc", stageName: "dev", exportType: "oas30" }],
    ["PATCH", "/restapis/abc/stages/my%20stage", "", "UpdateStage", { restApiId: "abc", stageName: "my stage" }],
    ["GET", "/restapis/", "", "GetRestApis", {}],
  ];
  for (const [method, path, query, name, labels] of cases) {
    const m = route(method, path, new URLSearchParams(query));
    assert.equal(m?.op.name, name, `${method} ${path}?${query}`);
    assert.deepEqual(m?.path, labels, `${method} ${path}`);
  }
  assert.equal(route("POST", "/restapis/abc/resources/r1/methods/GET", new URLSearchParams()), undefined, "TestInvokeMethod is not implemented");
  assert.equal(route("GET", "/restapis/abc/models", new URLSearchParams()), undefined);
});

it("leaves the invoke path's URLs alone", () => {
  const info = (host: string, path: string) => ({
    url: new URL(`http://${host}${path}`),
    hostname: host.split(":")[0] as string,
    requestId: "r",
    sourceIp: "",
  });
  assert.equal(isControlPlaneRequest(info("127.0.0.1:4599", "/restapis")), true);
  assert.equal(isControlPlaneRequest(info("apigateway.us-east-1.amazonaws.com", "/restapis/abc/stages")), true);
  assert.equal(isControlPlaneRequest(info("127.0.0.1:4599", "/restapis/abc/dev/_user_request_/pets")), false);
  assert.equal(isControlPlaneRequest(info("abc.execute-api.localhost", "/restapis/x")), false);
  assert.equal(isControlPlaneRequest(info("127.0.0.1", "/restapisx")), false);
});

it("lists every operation once, with a unique binding", () => {
  const bindings = Object.values(REST_OPERATIONS).map((o) => `${o.method} ${o.path} ${JSON.stringify(o.query ?? {})}`);
  assert.equal(new Set(bindings).size, bindings.length);
  for (const [key, op] of Object.entries(REST_OPERATIONS)) assert.equal(key, op.name);
});
