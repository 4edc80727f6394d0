import type { IncomingHttpHeaders } from "node:http";
import type { Services } from "../services.js";
import type { Shape } from "../wire/validation.js";

export type HttpVerb = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A control-plane request after routing: path labels, query, headers and the body. */
export interface RestRequest {
  path: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body ({} when the operation takes a raw payload). */
  body: Record<string, any>;
  /** The body as received (ImportRestApi / PutRestApi take a document, not JSON input). */
  raw: Buffer;
}

export interface RestContext {
  requestId: string;
}

/** A payload answered as-is (GetExport) instead of a JSON output. */
export class RawPayload {
  constructor(
    readonly body: string,
    readonly headers: Record<string, string>,
  ) {}
}

/**
 * One API Gateway control-plane operation: its AWS name, its HTTP binding as in the AWS model
 * (method, path template with {labels}, success status), the input shape of its JSON body (validated
 * before `run`, producing AWS's ValidationException text) and the function.
 */
export interface RestOperation {
  name: string;
  method: HttpVerb;
  path: string;
  /** Query values that select this operation among others on the same method and path (ImportRestApi). */
  query?: Record<string, string>;
  status: 200 | 201 | 202 | 204;
  /** `raw`: the body is a document handed to run() unparsed. Default `json`. */
  body?: "json" | "raw";
  input?: Shape;
  run(s: Services, req: RestRequest, ctx: RestContext): unknown;
}

export const defineRestOperation = (op: RestOperation): RestOperation => op;
