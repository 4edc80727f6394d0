import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";
import { type Headers, headerValue } from "./auth-header.js";

/**
 * `request.api-key`: a method with apiKeyRequired needs an API key that exists, is enabled, and belongs to a
 * usage plan listing this API stage; otherwise API Gateway answers 403 {"message":"Forbidden"} (INVALID_API_KEY,
 * AWS-recorded for the missing key). The key comes from the `x-api-key` header, or, when the API's apiKeySource
 * is AUTHORIZER, from the `usageIdentifierKey` a Lambda authorizer returned (AWS docs, "Choose an API key source").
 */
export const apiKeyCheck = defineCheck("request.api-key", "request", {
  "not-required": "skip",
  ok: "pass",
  missing: "fail",
  "missing-from-authorizer": "fail",
  "unknown-key": "fail",
  "disabled-key": "fail",
  "not-in-plan": "fail",
  throttled: "fail",
  "quota-exceeded": "fail",
  /** The key could not be looked up (the doctor without access to the account's keys). */
  unchecked: "warn",
});

/** What is known about the presented key: found (with its state), `null` for no key with that value, undefined if not looked up. */
export interface ApiKeyState {
  id: string;
  enabled: boolean;
  inUsagePlanOfStage: boolean;
}

export interface ApiKeyInput {
  apiKeyRequired: boolean;
  /** The REST API's apiKeySource: HEADER (the default) or AUTHORIZER. */
  source?: string;
  /** The presented value (see presentedApiKey). */
  value: string | undefined;
  key?: ApiKeyState | null;
  /** A usage plan limit the request ran into (the gateway's counters; the doctor does not know them). */
  limit?: "throttled" | "quota-exceeded";
  /** For the messages: the API stage the key must be planned for. */
  apiId?: string;
  stage?: string;
}

/** The key the request presents: the x-api-key header, or the Lambda authorizer's usageIdentifierKey. */
export function presentedApiKey(source: string | undefined, headers: Headers, usageIdentifierKey: string | undefined): string | undefined {
  const value = source === "AUTHORIZER" ? usageIdentifierKey : headerValue(headers, "x-api-key");
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** The last four characters only: a key value is a credential, and findings are shown and recorded. */
const masked = (value: string) => `****${value.slice(-4)}`;

export function checkApiKey(input: ApiKeyInput): Finding {
  if (!input.apiKeyRequired) return apiKeyCheck.finding("not-required");
  const { value, key } = input;
  const where = { apiId: input.apiId ?? "?", stage: input.stage ?? "?" };
  if (value === undefined)
    return input.source === "AUTHORIZER"
      ? apiKeyCheck.finding("missing-from-authorizer", { actual: null, expected: "usageIdentifierKey in the Lambda authorizer's answer" })
      : apiKeyCheck.finding("missing", { actual: null, expected: "x-api-key: <key of a usage plan of this stage>" });
  if (key === undefined) return apiKeyCheck.finding("unchecked", { params: { key: masked(value) } });
  if (key === null) return apiKeyCheck.finding("unknown-key", { params: { key: masked(value) }, actual: masked(value), expected: "the value of an API key" });
  const params = { key: key.id, ...where };
  if (!key.enabled) return apiKeyCheck.finding("disabled-key", { params, actual: { id: key.id, enabled: false }, expected: { enabled: true } });
  if (!key.inUsagePlanOfStage)
    return apiKeyCheck.finding("not-in-plan", { params, actual: key.id, expected: `a usage plan with apiStage ${where.apiId}:${where.stage}` });
  if (input.limit === "throttled") return apiKeyCheck.finding("throttled", { params, actual: "over the plan's rate", expected: "within rateLimit/burstLimit" });
  if (input.limit === "quota-exceeded") return apiKeyCheck.finding("quota-exceeded", { params, actual: "over the plan's quota", expected: "within the quota" });
  return apiKeyCheck.finding("ok", { params });
}
