import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultGatewayResponse, GATEWAY_RESPONSE_TYPES } from "./defaults.js";
import { renderGatewayResponse } from "./render.js";

describe("gateway responses", () => {
  it("has the 21 types of the API Gateway docs, each with the default template", () => {
    assert.equal(GATEWAY_RESPONSE_TYPES.length, 21);
    assert.deepEqual(defaultGatewayResponse("UNAUTHORIZED"), {
      responseType: "UNAUTHORIZED",
      statusCode: "401",
      responseParameters: {},
      responseTemplates: { "application/json": '{"message":$context.error.messageString}' },
      defaultResponse: true,
    });
    assert.equal("statusCode" in defaultGatewayResponse("DEFAULT_4XX"), false);
  });

  it("renders defaults compactly, with null as null and the capital-M resource-policy form", () => {
    const ctx = { customised: [], requestId: "r" };
    assert.deepEqual(renderGatewayResponse({ type: "UNAUTHORIZED", message: "Unauthorized" }, ctx), {
      status: 401,
      headers: { "content-type": "application/json", "x-amzn-ErrorType": "UnauthorizedException" },
      body: '{"message":"Unauthorized"}',
    });
    assert.equal(renderGatewayResponse({ type: "AUTHORIZER_CONFIGURATION_ERROR", message: null }, ctx).body, '{"message":null}');
    assert.equal(renderGatewayResponse({ type: "ACCESS_DENIED", message: 'say "hi"', capitalMessage: true }, ctx).body, '{"Message":"say \\"hi\\""}');
  });

  it("uses a customised type first, then a customised DEFAULT_4XX/5XX, keeping the type's error type", () => {
    const customised = [
      {
        responseType: "DEFAULT_5XX",
        statusCode: "503",
        defaultResponse: false,
        responseTemplates: { "application/json": '{"oops":"$context.error.responseType"}' },
      },
      { responseType: "ACCESS_DENIED", defaultResponse: false, responseTemplates: { "application/json": '{"msg":$context.error.messageString}' } },
    ];
    const five = renderGatewayResponse({ type: "AUTHORIZER_CONFIGURATION_ERROR", message: null }, { customised, requestId: "r" });
    assert.deepEqual(
      [five.status, five.body, five.headers["x-amzn-ErrorType"]],
      [503, '{"oops":"AUTHORIZER_CONFIGURATION_ERROR"}', "AuthorizerConfigurationException"],
    );
    const denied = renderGatewayResponse({ type: "ACCESS_DENIED", message: "no", capitalMessage: true }, { customised, requestId: "r" });
    assert.deepEqual([denied.status, denied.body], [403, '{"msg":"no"}'], "a customised ACCESS_DENIED uses its own template");
  });
  it("drops a mapped header value HTTP cannot carry (CR/LF, beyond Latin-1) and keeps the rest", () => {
    const customised = [
      {
        responseType: "UNAUTHORIZED",
        defaultResponse: false,
        responseParameters: {
          "gatewayresponse.header.X-Q": "method.request.querystring.q",
          "gatewayresponse.header.X-H": "method.request.header.x-h",
          "gatewayresponse.header.Bad Name": "'x'",
          "gatewayresponse.header.X-Ok": "'ok'",
        },
      },
    ];
    const out = renderGatewayResponse(
      { type: "UNAUTHORIZED", message: "Unauthorized" },
      { customised, requestId: "r", query: new URLSearchParams("q=a%0D%0Ab"), requestHeaders: { "x-h": "\u2713" } },
    );
    assert.equal(out.status, 401);
    assert.deepEqual(out.headers, { "content-type": "application/json", "x-amzn-ErrorType": "UnauthorizedException", "x-ok": "ok" });
  });
});
