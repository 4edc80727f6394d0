import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/**
 * `cors.preflight-authorizer`: a browser's CORS preflight (OPTIONS, no Authorization header) that lands on a
 * Cognito-protected method (often ANY) gets the authorizer's 401, which the browser reports as a CORS error.
 */
export const preflightAuthorizerCheck = defineCheck("cors.preflight-authorizer", "request", {
  "not-preflight": "skip",
  ok: "pass",
  blocked: "warn",
});

export function checkPreflightAuthorizer(r: {
  httpMethod: string;
  isPreflight: boolean;
  methodAuthorizationType?: string;
  methodHttpMethod?: string;
}): Finding {
  const f = preflightAuthorizerCheck.finding;
  if (r.httpMethod !== "OPTIONS" || !r.isPreflight) return f("not-preflight");
  if (r.methodAuthorizationType === "COGNITO_USER_POOLS")
    return f("blocked", {
      params: { method: r.methodHttpMethod ?? "OPTIONS" },
      actual: `${r.methodHttpMethod} with COGNITO_USER_POOLS`,
      expected: "an OPTIONS method with authorizationType NONE",
    });
  return f("ok");
}
