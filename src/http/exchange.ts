import type { IncomingMessage, ServerResponse } from "node:http";

/** Bodies above this are refused before they are read whole (AWS's own limits are far lower for these APIs). */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/**
 * After a refusal, the rest of a too-large body is read and thrown away (so the client, still sending, reads the
 * answer instead of a reset connection) up to this many bytes in all; past it the connection is cut.
 */
export const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

export class BodyTooLarge extends Error {}

/**
 * Reads a body up to `limit` bytes. A body that is, or declares itself (Content-Length), larger is refused with
 * BodyTooLarge at once: nothing more is kept, so the caller answers while the client may still be sending.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    discardBody(req);
    return Promise.reject(new BodyTooLarge(`body of ${declared} bytes, larger than ${limit}`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      done();
      chunks.length = 0;
      discardBody(req, size);
      reject(new BodyTooLarge(`body larger than ${limit} bytes`));
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks));
    };
    const onError = (e: Error) => {
      done();
      reject(e);
    };
    // The client went away before the end of its body.
    const onClose = () => {
      done();
      reject(new Error("request closed before its body ended"));
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}

/** Reads and drops what is left of a refused body, keeping the connection until the client has sent it (or too much). */
export function discardBody(req: IncomingMessage, alreadyRead = 0): void {
  let seen = alreadyRead;
  req.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > MAX_DISCARDED_BYTES) req.socket.destroy();
  });
  req.on("error", () => {});
  req.resume();
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
