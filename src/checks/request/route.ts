import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/**
 * `request.route`: the path and HTTP method exist in the stage's deployed snapshot. When not, API Gateway answers
 * 403 "Missing Authentication Token" (AWS-recorded: not-found and wrong-method alike), or a SigV4 parsing message
 * when an Authorization header was sent, which misleads Cognito users into blaming their token.
 */
export const routeCheck = defineCheck("request.route", "request", {
  ok: "pass",
  "no-resource": "fail",
  "no-method": "fail",
});

export function checkRoute(r: { path: string; httpMethod: string; resourcePath?: string; methods?: string[] }): Finding {
  const f = routeCheck.finding;
  if (!r.resourcePath)
    return f("no-resource", { params: { path: r.path, method: r.httpMethod }, actual: r.path, expected: "a resource path of the deployed API" });
  if (!r.methods?.includes(r.httpMethod) && !r.methods?.includes("ANY"))
    return f("no-method", {
      params: { path: r.path, method: r.httpMethod, resourcePath: r.resourcePath, methods: (r.methods ?? []).join(", ") || "none" },
      actual: r.httpMethod,
      expected: r.methods ?? [],
    });
  return f("ok", { params: { resourcePath: r.resourcePath, method: r.httpMethod } });
}
