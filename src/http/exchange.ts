import type { IncomingMessage, ServerResponse } from "node:http";

/** Bodies above this are refused before they are read whole (AWS's own limits are far lower for these APIs). */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export class BodyTooLarge extends Error {}

/**
 * Reads a body up to `limit` bytes. A larger body is drained (so the client, still sending, reads the error
 * answer instead of a reset connection) and refused with BodyTooLarge; past 16x the limit the connection is cut.
 */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit * 16) {
      req.socket.destroy();
      break;
    }
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw new BodyTooLarge(`body larger than ${limit} bytes`);
  return Buffer.concat(chunks);
}

export function send(res: ServerResponse, status: number, headers: Record<string, string | number | string[]>, body?: string | Buffer): void {
  if (res.headersSent) return;
  const buf = body === undefined ? undefined : typeof body === "string" ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, "content-length": buf ? buf.length : 0 });
  res.end(buf);
}

export const sendJson = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) =>
  send(res, status, { "content-type": "application/json", ...headers }, JSON.stringify(value));

/** What the edge knows about a request before dispatch. */
export interface RequestInfo {
  url: URL;
  /** Host header without port, lower-cased. */
  hostname: string;
  requestId: string;
  sourceIp: string;
}

/** A part of the one-port server: claims requests by host or path and answers them. */
export interface Mount {
  name: string;
  handles(req: IncomingMessage, info: RequestInfo): boolean;
  handle(req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void>;
}
