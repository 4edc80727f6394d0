import type { UsagePlan } from "../../shapes/apigateway.js";

export type LimitHit = "throttled" | "quota-exceeded";

const DAY_MS = 86_400_000;

/** Which quota period a moment falls in (UTC): DAY, WEEK (starting Sunday plus `offset` days) or MONTH. */
export function quotaPeriod(nowMs: number, period: string | undefined, offset = 0): number {
  const days = Math.floor(nowMs / DAY_MS);
  switch (period) {
    case "WEEK":
      // 1970-01-01 was a Thursday: shifting by 4 days makes weeks start on Sunday (offset 0), Monday (1)...
      return Math.floor((days + 4 - offset) / 7);
    case "MONTH": {
      const d = new Date(nowMs);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    }
    default:
      return days;
  }
}

/**
 * A usage plan's limits per API key, in memory (AWS docs, "Usage plans and API keys"): the throttle as a token
 * bucket of `burstLimit` requests refilled at `rateLimit` per second (429 THROTTLED "Too Many Requests"), and the
 * quota as a count of requests per period (429 QUOTA_EXCEEDED "Limit Exceeded"). A refused request does not count.
 * Counters start afresh when poolgate restarts [poolgate's choice; AWS keeps usage]. Bounded.
 */
export class UsageLimits {
  private readonly buckets = new Map<string, { tokens: number; atMs: number }>();
  private readonly quotas = new Map<string, { period: number; used: number }>();
  constructor(private readonly capacity = 10_000) {}

  /** Takes one request from the key's allowance, or says which limit refuses it. */
  take(plan: Pick<UsagePlan, "id" | "throttle" | "quota">, keyId: string, nowMs: number): LimitHit | undefined {
    const key = `${plan.id}/${keyId}`;
    const rate = plan.throttle?.rateLimit;
    let bucket: { tokens: number; atMs: number } | undefined;
    if (rate !== undefined && rate > 0) {
      const burst = Math.max(1, plan.throttle?.burstLimit || Math.ceil(rate));
      bucket = this.buckets.get(key) ?? { tokens: burst, atMs: nowMs };
      bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.atMs) / 1000) * rate);
      bucket.atMs = nowMs;
      this.remember(this.buckets, key, bucket);
      if (bucket.tokens < 1) return "throttled";
    }
    const limit = plan.quota?.limit;
    if (limit !== undefined && limit >= 0) {
      const period = quotaPeriod(nowMs, plan.quota?.period, plan.quota?.offset);
      const q = this.quotas.get(key);
      const used = q && q.period === period ? q.used : 0;
      if (used >= limit) return "quota-exceeded";
      this.remember(this.quotas, key, { period, used: used + 1 });
    }
    if (bucket) bucket.tokens -= 1;
    return undefined;
  }

  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    if (!map.has(key) && map.size >= this.capacity) map.delete(map.keys().next().value as string);
    map.set(key, value);
  }
}
