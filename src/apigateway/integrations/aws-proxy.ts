import { randomUUID } from "node:crypto";
import type { GatewayError } from "../gateway-responses/render.js";
import { functionArnOfUri, functionName, type LambdaFunctions } from "./lambda-functions.js";
import { lambdaProxyEvent } from "./lambda-proxy-event.js";
import type { IntegrationHandler, IntegrationOutcome } from "./types.js";

/** A Lambda error or a malformed proxy answer: 502 with the default message (AWS: "Malformed Lambda proxy response"). */
const BAD_GATEWAY: GatewayError = { type: "INTEGRATION_FAILURE", message: "Internal server error", status: 502 };

/** AWS_PROXY to a local Node handler mapped with --lambda; anything but a valid proxy answer is a 502. */
export function awsProxyIntegration(functions: LambdaFunctions): IntegrationHandler {
  return async (r): Promise<IntegrationOutcome> => {
    const arn = functionArnOfUri(r.integration.uri ?? "");
    const mapping = arn ? functions.find(arn) : undefined;
    if (!arn || !mapping)
      return { error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" }, detail: `no --lambda mapping for ${arn ?? r.integration.uri}` };
    let handler: Awaited<ReturnType<LambdaFunctions["load"]>>;
    try {
      handler = await functions.load(mapping);
    } catch (err) {
      return { error: BAD_GATEWAY, detail: `cannot load ${mapping.file}: ${(err as Error).message}` };
    }
    if (!handler) return { error: BAD_GATEWAY, detail: `${mapping.file} exports no function ${mapping.handler}` };
    const timeoutMs = r.integration.timeoutInMillis || 29000;
    const started = Date.now();
    const context = {
      awsRequestId: randomUUID(),
      functionName: functionName(arn),
      functionVersion: "$LATEST",
      invokedFunctionArn: arn,
      memoryLimitInMB: "128",
      logGroupName: `/aws/lambda/${functionName(arn)}`,
      logStreamName: "poolgate",
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    };
    let result: unknown;
    try {
      const event = lambdaProxyEvent(r);
      const h = handler;
      const run =
        h.length >= 3
          ? new Promise((resolve, reject) => {
              const maybe = h(event, context, (err, value) => (err ? reject(err) : resolve(value)));
              if (maybe && typeof (maybe as Promise<unknown>).then === "function") (maybe as Promise<unknown>).then(resolve, reject);
            })
          : Promise.resolve(h(event, context));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError()), timeoutMs);
      });
      try {
        result = await Promise.race([run, timeout]);
      } finally {
        clearTimeout(timer);
      }
    } catch (err) {
      if (err instanceof TimeoutError)
        return { error: { type: "INTEGRATION_TIMEOUT", message: "Endpoint request timed out" }, detail: `${mapping.file} ran past ${timeoutMs} ms` };
      return { error: BAD_GATEWAY, detail: `handler threw: ${(err as Error)?.message ?? String(err)}` };
    }
    return proxyResponse(result);
  };
}

class TimeoutError extends Error {}

/** Validates `{statusCode, headers?, multiValueHeaders?, body?, isBase64Encoded?}` as API Gateway does. */
export function proxyResponse(result: unknown): IntegrationOutcome {
  const malformed = (why: string): IntegrationOutcome => ({ error: BAD_GATEWAY, detail: `Malformed Lambda proxy response: ${why}` });
  if (!result || typeof result !== "object") return malformed("not an object");
  const o = result as Record<string, unknown>;
  const status = typeof o.statusCode === "string" && /^\d{3}$/.test(o.statusCode) ? Number(o.statusCode) : o.statusCode;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) return malformed("statusCode");
  if (o.body !== undefined && o.body !== null && typeof o.body !== "string") return malformed("body is not a string");
  const headers: Record<string, string | string[]> = {};
  if (o.headers && typeof o.headers === "object") for (const [k, v] of Object.entries(o.headers)) headers[k.toLowerCase()] = String(v);
  if (o.multiValueHeaders && typeof o.multiValueHeaders === "object")
    for (const [k, v] of Object.entries(o.multiValueHeaders)) if (Array.isArray(v)) headers[k.toLowerCase()] = v.map(String);
  headers["content-type"] ??= "application/json";
  const text = typeof o.body === "string" ? o.body : "";
  const body = o.isBase64Encoded === true ? Buffer.from(text, "base64") : Buffer.from(text);
  return { response: { status, headers, body } };
}
