import { undici } from "../../platform/undici.js";
import type { IntegrationOutcome } from "./types.js";

/** Headers that belong to one connection, never forwarded (RFC 9110 §7.6.1), plus host, which undici sets. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "host",
  "content-length",
  "expect",
]);

let loadedUndici: Awaited<ReturnType<typeof undici>> | undefined;

export interface ForwardRequest {
  url: URL;
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  timeoutMs: number;
}

/**
 * Sends one request to an HTTP backend: its answer as a response, timeouts as INTEGRATION_TIMEOUT, other failures
 * as INTEGRATION_FAILURE. Already an integration outcome, so HTTP_PROXY can return it without another async layer.
 */
export async function forwardHttp(f: ForwardRequest): Promise<IntegrationOutcome> {
  const headers: Record<string, string | string[]> = {};
  for (const k in f.headers) {
    const v = f.headers[k];
    if (v !== undefined && !HOP_BY_HOP.has(k.toLowerCase())) headers[k] = v;
  }
  const hasBody = f.body.length > 0 && f.method !== "GET" && f.method !== "HEAD";
  try {
    // Awaiting the loader only until it has loaded saves a microtask turn on every later request.
    loadedUndici ??= await undici();
    const { request } = loadedUndici;
    const res = await request(f.url, {
      method: f.method as "GET",
      headers,
      body: hasBody ? f.body : undefined,
      headersTimeout: f.timeoutMs,
      bodyTimeout: f.timeoutMs,
    });
    const body = Buffer.from(await res.body.arrayBuffer());
    const out: Record<string, string | string[]> = {};
    for (const k in res.headers) {
      const v = res.headers[k];
      if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
    }
    return { response: { status: res.statusCode, headers: out, body } };
  } catch (err) {
    const { errors } = await undici();
    if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError)
      return { error: { type: "INTEGRATION_TIMEOUT", message: "Endpoint request timed out" }, detail: `backend ${f.url.origin} timed out` };
    return { error: { type: "INTEGRATION_FAILURE", message: "Internal server error" }, detail: `backend ${f.url.origin}: ${(err as Error).message}` };
  }
}
