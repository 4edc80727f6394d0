import type { Finding } from "../../checks/types.js";

/** An explanation line that is not a verdict (a claim of the token and what it means). */
export interface Note {
  /** Key into the doctor catalogue. */
  key: string;
  params?: Record<string, string | number>;
}

/** What one `poolgate doctor` run found; the renderers turn it into text or JSON in one language. */
export interface Report {
  /** Catalogue key of the report's title. */
  titleKey: string;
  titleParams?: Record<string, string | number>;
  findings: Finding[];
  notes: Note[];
  /**
   * `doctor request`/`curl`: what the gateway's own steps answer for this request (status and body; a request that
   * passes every step is predicted to reach its integration, status 200 and no body known). Undefined when the
   * doctor could not run a step (a Lambda authorizer offline).
   */
  prediction?: HttpOutcome;
  /** With --send: what the API answered. */
  answer?: HttpOutcome;
}

export interface HttpOutcome {
  status: number;
  body?: string;
}

export type Verdict = "pass" | "fail";

export const verdictOf = (r: Report): Verdict => (r.findings.some((f) => f.status === "fail") ? "fail" : "pass");

/** Exit status: 0 when nothing failed, 1 when something did (2 is for usage errors, see UsageError). */
export const exitCodeOf = (r: Report): number => (verdictOf(r) === "fail" ? 1 : 0);

/** A finding's message parameters; its actual and expected values may be named in a message as {actual} and {expected}. */
export function messageParams(f: Finding): Record<string, string | number> {
  const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  return {
    ...(f.actual !== undefined ? { actual: text(f.actual) } : {}),
    ...(f.expected !== undefined ? { expected: text(f.expected) } : {}),
    ...f.params,
  };
}
