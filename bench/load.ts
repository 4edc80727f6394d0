import { Pool } from "undici";

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
}

export interface LoadRequest {
  path: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
}

/**
 * A closed-loop load generator: `concurrency` workers on keep-alive connections, each sending the next
 * request when the previous answer arrives. Bounded by both a duration and a request count, loopback only.
 */
export async function runLoad(
  origin: string,
  next: (i: number) => LoadRequest,
  opts: { concurrency: number; durationMs: number; maxRequests: number; expectStatus?: number },
): Promise<LoadResult> {
  if (!/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?/.test(origin)) throw new Error(`load tests target loopback only, not ${origin}`);
  const pool = new Pool(origin, { connections: opts.concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const start = performance.now();
  const deadline = start + opts.durationMs;
  const worker = async () => {
    while (performance.now() < deadline && sent < opts.maxRequests) {
      const i = sent++;
      const r = next(i);
      const t0 = performance.now();
      try {
        const res = await pool.request({ path: r.path, method: r.method, headers: r.headers, body: r.body });
        await res.body.dump();
        if (res.statusCode !== (opts.expectStatus ?? 200)) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50: pct(0.5), p99: pct(0.99) };
}
