import type { ThrottleSettings, UsagePlan } from "../../shapes/apigateway.js";
import { any } from "../../wire/validation.js";
import { badRequest } from "./errors.js";

/** rateLimit is a double in AWS's model, which the integer-only input shapes cannot say: checked by checkThrottle. */
export const THROTTLE_SHAPE = any();

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** ThrottleSettings: burstLimit an integer, rateLimit a number, both optional and not negative (poolgate's wording). */
export function checkThrottle(v: unknown): ThrottleSettings {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw badRequest("Invalid throttle settings specified");
  const { burstLimit, rateLimit } = v as Record<string, unknown>;
  if (burstLimit !== undefined && (!Number.isInteger(burstLimit) || (burstLimit as number) < 0))
    throw badRequest("Invalid throttle settings specified: burstLimit must be a non-negative integer");
  if (rateLimit !== undefined && (!isNumber(rateLimit) || rateLimit < 0))
    throw badRequest("Invalid throttle settings specified: rateLimit must be a non-negative number");
  return { burstLimit: burstLimit as number | undefined, rateLimit: rateLimit as number | undefined };
}

/** QuotaSettings: a period of DAY, WEEK or MONTH and a positive limit (poolgate's wording). */
export function checkQuota(v: unknown): NonNullable<UsagePlan["quota"]> {
  const q = v as { limit?: number; offset?: number; period?: string };
  if (q.period === undefined) throw badRequest("Invalid quota settings specified: period is required");
  if (q.limit !== undefined && q.limit < 0) throw badRequest("Invalid quota settings specified: limit must not be negative");
  if (q.offset !== undefined && q.offset < 0) throw badRequest("Invalid quota settings specified: offset must not be negative");
  return { limit: q.limit, offset: q.offset ?? 0, period: q.period };
}
