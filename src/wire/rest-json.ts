import type { ServerResponse } from "node:http";
import { send } from "../http/exchange.js";
import { boundedMessage } from "./echo.js";
import { RestJsonError } from "./errors.js";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth.js";

/**
 * API Gateway's control plane speaks REST-JSON: the status code carries success (200/201/202/204), errors
 * are `{"message": ...}` (lower-case key) with the error code in `x-amzn-ErrorType`. SDKs read the code from
 * that header (botocore keeps what precedes ':' and follows '#'), so the bare code is sent.
 */
const BASE_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "x-amzn-RequestId,x-amzn-ErrorType,Date",
};

export function sendRestJson(res: ServerResponse, requestId: string, status: number, output: unknown): void {
  // Deletes answer 202/204 with no body.
  if (status === 204 || status === 202) {
    send(res, status, { "x-amzn-RequestId": requestId, ...BASE_HEADERS });
    return;
  }
  send(res, status, { "content-type": "application/json", "x-amzn-RequestId": requestId, ...BASE_HEADERS }, JSON.stringify(output ?? {}));
}

/** A raw payload (GetExport): the body is the document itself, with its own content type. */
export function sendRestRaw(res: ServerResponse, requestId: string, body: string, headers: Record<string, string>): void {
  send(res, 200, { "x-amzn-RequestId": requestId, ...BASE_HEADERS, ...headers }, body);
}

/** Renders any error: RestJsonError as itself, anything else as a 500 with no detail (the cause goes to the log). */
export function sendRestJsonError(res: ServerResponse, requestId: string, err: unknown): RestJsonError {
  const e = err instanceof RestJsonError ? err : new RestJsonError("InternalFailure", "Internal server error", 500);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-amzn-RequestId": requestId,
    "x-amzn-ErrorType": e.type,
    ...BASE_HEADERS,
  };
  // AWS asks clients to back off on these two.
  if (e.status === 429) headers["retry-after"] = "1";
  send(res, e.status, headers, JSON.stringify({ message: boundedMessage(e.message) }));
  return e;
}

/** Parses a JSON request body; an empty body is an empty input. */
export function parseRestJsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new RestJsonError("SerializationException", "Could not parse request body into json", 400);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new RestJsonError("SerializationException", "Start of structure or map found where not expected.", 400);
  if (nestsDeeperThan(value, MAX_JSON_DEPTH)) throw new RestJsonError("SerializationException", "The request body nests too deeply", 400);
  return value as Record<string, unknown>;
}
