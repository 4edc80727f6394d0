/**
 * The article's checklist as code. A check is a pure function (no store, no server, no I/O) that the
 * gateway's authorizer and `poolgate doctor` both call, so their answers can never disagree.
 *
 * Ids are fixed (see docs/checks/): A1–A3, B1–B7, C1–C8 from the article, plus ids for the causes
 * real reports add (route, stage, CORS, authorization type...).
 */
export type { CheckId } from "./ids.js";

import type { CheckId } from "./ids.js";

export type FindingStatus = "pass" | "fail" | "warn" | "skip";

export interface Finding {
  /** Stable id, e.g. "token.not-expired". */
  id: CheckId;
  status: FindingStatus;
  /** Key into the message catalogues: messages/{en,ja}/<group>.ts under `${id}.${messageKey}` and `${id}.${messageKey}.fix`. */
  messageKey: string;
  /** Values substituted into {placeholders} of the message. */
  params?: Record<string, string | number>;
  actual?: unknown;
  expected?: unknown;
  /** Set on the finding that decided a refusal (the first failing check). */
  cause?: boolean;
}

export const finding = (id: CheckId, status: FindingStatus, messageKey: string, extra: Omit<Finding, "id" | "status" | "messageKey"> = {}): Finding => ({
  id,
  status,
  messageKey,
  ...extra,
});
