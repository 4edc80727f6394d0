import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface HttpCall {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

export type HttpSend = (url: string, call: HttpCall) => Promise<HttpAnswer>;

/**
 * A plain HTTP client for the probes and `--send`. Names under .localhost (poolgate's {id}.execute-api.localhost
 * and {prefix}.auth.{region}.localhost) are sent to the loopback address with the Host header kept, as browsers do,
 * because the system resolver may not know them.
 */
export const sendHttp: HttpSend = (url, call) =>
  new Promise((resolve, reject) => {
    const u = new URL(url);
    const viaLoopback = u.hostname.endsWith(".localhost");
    const req = (u.protocol === "https:" ? httpsRequest : httpRequest)(
      {
        protocol: u.protocol,
        hostname: viaLoopback ? "127.0.0.1" : u.hostname.replace(/^\[|\]$/g, ""),
        port: u.port || undefined,
        path: `${u.pathname}${u.search}`,
        method: call.method,
        headers: { ...(viaLoopback ? { host: u.host } : {}), ...(call.headers ?? {}) },
        timeout: call.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
    // A hard deadline as well: the socket timeout does not cover a slow name lookup.
    const deadline = setTimeout(() => req.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })), call.timeoutMs ?? 10_000);
    req.on("close", () => clearTimeout(deadline));
    req.on("error", reject);
    if (call.body !== undefined) req.write(call.body);
    req.end();
  });
