import type { CheckId, Finding, FindingStatus } from "./types.js";

/** A check's identity and the closed set of message keys it may report, each with the status it implies. */
export interface CheckDef<K extends string> {
  id: CheckId;
  /** The catalogue group its messages live in (messages/{en,ja}/<group>.ts). */
  group: "token" | "authorizer" | "request";
  messages: Record<K, FindingStatus>;
  finding(key: K, extra?: Omit<Finding, "id" | "status" | "messageKey">): Finding;
}

/** Declares a check; the message keys are typed, so a check cannot report a key its catalogue lacks. */
export function defineCheck<K extends string>(id: CheckId, group: CheckDef<K>["group"], messages: Record<K, FindingStatus>): CheckDef<K | "skipped"> {
  // Every check can be skipped when an earlier one left it nothing to look at (no token, no claims).
  const all = { ...messages, skipped: "skip" } as Record<K | "skipped", FindingStatus>;
  return {
    id,
    group,
    messages: all,
    finding: (key, extra = {}) => ({ id, status: all[key], messageKey: key, ...extra }),
  };
}
