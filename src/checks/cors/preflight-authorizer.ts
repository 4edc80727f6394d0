import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/**
 * `cors.preflight-authorizer`: a browser's CORS preflight (OPTIONS with Origin and Access-Control-Request-Method,
 * never credentials) that lands on a method with an authorizer (often ANY) gets the authorizer's refusal, which the
 * browser reports as a CORS error. The cause is the API's (no OPTIONS method without authorization), not the
 * caller's: no client can add a token to a preflight, so this finding is the refusal's cause when it fails.
 */
export const preflightAuthorizerCheck = defineCheck("cors.preflight-authorizer", "request", {
  "not-preflight": "skip",
  ok: "pass",
  blocked: "fail",
});

export function checkPreflightAuthorizer(r: {
  httpMethod: string;
  isPreflight: boolean;
  methodAuthorizationType?: string;
  methodHttpMethod?: string;
}): Finding {
  const f = preflightAuthorizerCheck.finding;
  if (r.httpMethod !== "OPTIONS" || !r.isPreflight) return f("not-preflight");
  if (r.methodAuthorizationType !== undefined && r.methodAuthorizationType !== "NONE")
    return f("blocked", {
      params: { method: r.methodHttpMethod ?? "OPTIONS", authorization: r.methodAuthorizationType },
      actual: `${r.methodHttpMethod} with ${r.methodAuthorizationType}`,
      expected: "an OPTIONS method with authorizationType NONE",
    });
  return f("ok");
}
