import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";
import { type Headers, headerValue } from "./auth-header.js";

/**
 * `request.api-key`: a method with apiKeyRequired needs an `x-api-key` header; without one API Gateway answers
 * 403 {"message":"Forbidden"} (INVALID_API_KEY, AWS-recorded). poolgate keeps no API keys or usage plans, so a
 * present key is let through with a warning rather than checked.
 */
export const apiKeyCheck = defineCheck("request.api-key", "request", {
  "not-required": "skip",
  missing: "fail",
  unchecked: "warn",
});

export function checkApiKey(apiKeyRequired: boolean, headers: Headers): Finding {
  if (!apiKeyRequired) return apiKeyCheck.finding("not-required");
  const key = headerValue(headers, "x-api-key");
  if (key === undefined || key.trim() === "")
    return apiKeyCheck.finding("missing", { actual: null, expected: "x-api-key: <key of a usage plan of this stage>" });
  return apiKeyCheck.finding("unchecked");
}
