import type { IncomingMessage, ServerResponse } from "node:http";
import { send } from "../http/exchange.js";
import { boundedMessage, headerMessage } from "./echo.js";
import { AwsJsonError, internalError } from "./errors.js";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth.js";

export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date",
};

/**
 * AWS JSON 1.1: 200 with the output, or the error status with {"__type","message"} and x-amzn-ErrorType "Name:".
 * `extra` carries the CORS headers, which only some operations get (the caller decides).
 */
export function sendAwsJson(res: ServerResponse, requestId: string, output: unknown, extra: Record<string, string> = {}): void {
  send(res, 200, { "content-type": "application/x-amz-json-1.1", "x-amzn-RequestId": requestId, ...extra }, JSON.stringify(output ?? {}));
}

export function sendAwsJsonError(res: ServerResponse, requestId: string, err: unknown, extra: Record<string, string> = {}): AwsJsonError {
  const e = err instanceof AwsJsonError ? err : internalError();
  send(
    res,
    e.status,
    {
      "content-type": "application/x-amz-json-1.1",
      "x-amzn-RequestId": requestId,
      "x-amzn-ErrorType": `${e.type}:`,
      "x-amzn-ErrorMessage": headerMessage(e.message),
      ...extra,
    },
    JSON.stringify({ __type: e.type, message: boundedMessage(e.message) }),
  );
  return e;
}

/** Parses a JSON 1.1 body; SerializationException for anything that is not a JSON object. */
export function parseAwsJsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new AwsJsonError("SerializationException", "Unable to parse the request body as JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new AwsJsonError("SerializationException", "Start of structure or map found where not expected.");
  if (nestsDeeperThan(value, MAX_JSON_DEPTH)) throw new AwsJsonError("SerializationException", "The request body nests too deeply");
  return value as Record<string, unknown>;
}

export const targetOf = (req: IncomingMessage): string | undefined => {
  const t = req.headers["x-amz-target"];
  return Array.isArray(t) ? t[0] : t;
};
