import type { IncomingMessage } from "node:http";
import type { Mount, RequestInfo } from "../http/exchange.js";
import { decodeJwt } from "../jwt/jwt.js";
import { maskedHeaders } from "./mask.js";

/** What the console shows of an invocation beyond its record: the request as sent, credentials masked. */
export interface Capture {
  requestId: string;
  /** Path and query as received. */
  url: string;
  host: string;
  headers: [string, string][];
  /** The Authorization token's decoded header and claims, when it decodes (never the token itself). */
  token?: { header: Record<string, unknown>; payload: Record<string, unknown> };
}

interface Kept {
  requestId: string;
  url: string;
  host: string;
  /** Flat (name, value, ...), masked: paired only when read, so a request costs one array. */
  headers: string[];
  /** header.payload of the token: decodable, but without its signature no longer a credential. */
  unsigned?: Buffer;
}

/**
 * The last N execute-api requests by request id, taken at the edge so the invoke path stays as it is; the
 * console joins them with GET /_poolgate/requests by request id. Masked when taken, so no credential is kept.
 */
export class Captures {
  /**
   * A ring, not a map: taking costs a slot write on every execute-api request, while finding one (a scan of
   * at most `capacity`) happens only when someone looks.
   */
  private readonly ring: (Kept | undefined)[];
  private next = 0;
  constructor(private readonly capacity = 500) {
    this.ring = new Array(capacity);
  }

  take(req: IncomingMessage, info: RequestInfo): void {
    const auth = req.headers.authorization;
    let unsigned: Buffer | undefined;
    if (auth) {
      const start = auth.length > 7 && (auth.charCodeAt(0) | 0x20) === 98 && auth.slice(0, 7).toLowerCase() === "bearer " ? 7 : 0;
      const lastDot = auth.lastIndexOf(".");
      // Copied into bytes, not kept as a string slice, which would hold the whole token, signature and all.
      if (lastDot > start) unsigned = Buffer.from(auth.slice(start, lastDot).trim(), "latin1");
    }
    this.ring[this.next] = {
      requestId: info.requestId,
      url: req.url ?? "/",
      host: req.headers.host ?? "",
      headers: maskedHeaders(req.rawHeaders),
      unsigned,
    };
    this.next = (this.next + 1) % this.capacity;
  }

  get(requestId: string): Capture | undefined {
    const kept = this.ring.find((k) => k?.requestId === requestId);
    if (!kept) return undefined;
    const { unsigned, headers, ...rest } = kept;
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
    // decodeJwt wants three parts; an empty signature is enough to read the other two.
    const jwt = unsigned ? decodeJwt(`${unsigned.toString("latin1")}.`) : undefined;
    return { ...rest, headers: pairs, token: jwt ? { header: jwt.header, payload: jwt.payload } : undefined };
  }

  /** The same mounts, the execute-api one taking each request it handles before handling it. */
  observeInvocations(mounts: Mount[]): Mount[] {
    return mounts.map((m) =>
      m.name !== "execute-api"
        ? m
        : {
            ...m,
            handle: (req, res, info) => {
              this.take(req, info);
              return m.handle(req, res, info);
            },
          },
    );
  }
}
