import { invokeHandler } from "../../lambda/invoke-handler.js";
import { functionArnOfUri, type LambdaFunctions } from "../../lambda/lambda-functions.js";
import { isHeaderName, isHeaderValue } from "../../wire/header-field.js";
import type { GatewayError } from "../gateway-responses/render.js";
import { lambdaProxyEvent } from "./lambda-proxy-event.js";
import type { IntegrationHandler, IntegrationOutcome } from "./types.js";

/** A Lambda error or a malformed proxy answer: 502 with the default message (AWS: "Malformed Lambda proxy response"). */
const BAD_GATEWAY: GatewayError = { type: "INTEGRATION_FAILURE", message: "Internal server error", status: 502 };

/** AWS_PROXY to a local Node handler mapped with --lambda; anything but a valid proxy answer is a 502. */
export function awsProxyIntegration(functions: LambdaFunctions): IntegrationHandler {
  return async (r): Promise<IntegrationOutcome> => {
    const arn = functionArnOfUri(r.integration.uri ?? "");
    if (!arn)
      return { error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" }, detail: `not a Lambda invocation URI: ${r.integration.uri}` };
    const timeoutMs = r.integration.timeoutInMillis || 29000;
    const run = await invokeHandler(functions, arn, lambdaProxyEvent(r), timeoutMs);
    if (run.ok) return proxyResponse(run.result);
    switch (run.reason) {
      case "no-mapping":
        return { error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" }, detail: run.message };
      case "timeout":
        return { error: { type: "INTEGRATION_TIMEOUT", message: "Endpoint request timed out" }, detail: run.message };
      case "threw":
        return { error: BAD_GATEWAY, detail: `handler threw: ${run.message}` };
      default:
        return { error: BAD_GATEWAY, detail: run.message };
    }
  };
}

/** Validates `{statusCode, headers?, multiValueHeaders?, body?, isBase64Encoded?}` as API Gateway does. */
export function proxyResponse(result: unknown): IntegrationOutcome {
  const malformed = (why: string): IntegrationOutcome => ({ error: BAD_GATEWAY, detail: `Malformed Lambda proxy response: ${why}` });
  if (!result || typeof result !== "object") return malformed("not an object");
  const o = result as Record<string, unknown>;
  const status = typeof o.statusCode === "string" && /^\d{3}$/.test(o.statusCode) ? Number(o.statusCode) : o.statusCode;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) return malformed("statusCode");
  if (o.body !== undefined && o.body !== null && typeof o.body !== "string") return malformed("body is not a string");
  const headers: Record<string, string | string[]> = {};
  // A header HTTP cannot carry (a handler echoing a query string with CR/LF) is dropped rather than failing the write.
  if (o.headers && typeof o.headers === "object")
    for (const [k, v] of Object.entries(o.headers)) {
      const value = String(v);
      if (isHeaderName(k) && isHeaderValue(value)) headers[k.toLowerCase()] = value;
    }
  if (o.multiValueHeaders && typeof o.multiValueHeaders === "object")
    for (const [k, v] of Object.entries(o.multiValueHeaders))
      if (Array.isArray(v) && isHeaderName(k)) headers[k.toLowerCase()] = v.map(String).filter(isHeaderValue);
  headers["content-type"] ??= "application/json";
  const text = typeof o.body === "string" ? o.body : "";
  const body = o.isBase64Encoded === true ? Buffer.from(text, "base64") : Buffer.from(text);
  return { response: { status, headers, body } };
}
