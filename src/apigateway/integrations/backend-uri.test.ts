import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Integration, Resource } from "../../shapes/apigateway.js";
import { backendUrl } from "./backend-uri.js";
import type { IntegrationRequest } from "./types.js";

const request = (resourcePath: string, uri: string, pathParams: Record<string, string>, requestParameters?: Record<string, string>) =>
  ({
    integration: { type: "HTTP_PROXY", uri, requestParameters } as Integration,
    resource: { id: "r", path: resourcePath } as Resource,
    pathParams,
    query: new URLSearchParams(),
    stageVariables: {},
  }) as unknown as IntegrationRequest;

const built = (r: IntegrationRequest) => {
  const b = backendUrl(r, false);
  return "url" in b ? b.url.href : `refused ${b.error.type}`;
};

describe("backendUrl", () => {
  // Each row: resource path, integration URI, the method's (decoded) path parameters, the URL or refusal.
  const table: Array<[string, string, Record<string, string>, string]> = [
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "a/b c" }, "http://b/public/a/b%20c"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "../private" }, "refused BAD_REQUEST_PARAMETERS"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "../../../etc/passwd" }, "refused BAD_REQUEST_PARAMETERS"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "a/./b" }, "refused BAD_REQUEST_PARAMETERS"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "..\\private" }, "refused BAD_REQUEST_PARAMETERS"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: ".." }, "refused BAD_REQUEST_PARAMETERS"],
    // Still encoded once decoded by the router (double encoding): kept as data, never resolved.
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "%2e%2e%2fprivate" }, "http://b/public/%252e%252e%252fprivate"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "..;/x" }, "refused BAD_REQUEST_PARAMETERS"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "a;b/c\u0000d" }, "http://b/public/a%3Bb/c%00d"],
    ["/public/{proxy+}", "http://b/public/{proxy}", { proxy: "...x/..y" }, "http://b/public/...x/..y"],
    // A non-greedy parameter stays one segment: its "/" is encoded.
    ["/items/{id}", "http://b/items/{id}", { id: "a/b" }, "http://b/items/a%2Fb"],
    ["/items/{id}", "http://b/items/{id}", { id: "x?y#z" }, "http://b/items/x%3Fy%23z"],
    // A greedy value outside the path (here the query) is one encoded value.
    ["/q/{proxy+}", "http://b/q?p={proxy}", { proxy: "a/b&c=d" }, "http://b/q?p=a%2Fb%26c%3Dd"],
  ];
  for (const [resource, uri, params, expected] of table)
    it(`${resource} ${JSON.stringify(params)} -> ${expected}`, () => assert.equal(built(request(resource, uri, params)), expected));

  it("follows requestParameters to the method parameter, greedy or not", () => {
    const mapped = { "integration.request.path.p": "method.request.path.proxy" };
    assert.equal(built(request("/x/{proxy+}", "http://b/up/{p}", { proxy: "a/b" }, mapped)), "http://b/up/a/b");
    assert.equal(built(request("/x/{proxy+}", "http://b/up/{p}", { proxy: "a/../b" }, mapped)), "refused BAD_REQUEST_PARAMETERS");
    assert.equal(built(request("/x/{proxy+}", "http://b/up/{p}", { proxy: "a" }, { "integration.request.path.p": "'s/t'" })), "http://b/up/s%2Ft");
  });

  it("answers API_CONFIGURATION_ERROR for an unusable URI instead of throwing", () => {
    assert.equal(built(request("/x", "not a url", {})), "refused API_CONFIGURATION_ERROR");
    assert.equal(built(request("/x", "http://b/{p}", {}, { "integration.request.path.p": "'\ud800'" })), "refused API_CONFIGURATION_ERROR");
  });
});
