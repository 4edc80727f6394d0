import { UsageError } from "../usage-error.js";

/** --now: ISO 8601 or epoch seconds; milliseconds since the epoch. */
export function parseNow(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError("doctor.usage.bad-now", { value });
  return ms;
}
