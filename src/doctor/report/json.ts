import { articleOfFinding, type CheckId } from "../../checks/ids.js";
import { type Lang, message } from "../../checks/messages/catalogue.js";
import { type HttpOutcome, messageParams, type Report, verdictOf } from "./report.js";

export interface JsonFinding {
  id: CheckId;
  /** The article's number (A1–C8) when the check comes from its checklist. */
  article?: string;
  status: "pass" | "fail" | "warn" | "skip";
  message: string;
  fix?: string;
  actual?: unknown;
  expected?: unknown;
}

export interface JsonReport {
  verdict: "pass" | "fail";
  findings: JsonFinding[];
  notes: string[];
  prediction?: HttpOutcome;
  answer?: HttpOutcome;
}

/** `--json`: {"verdict", "findings":[{"id","status","message","fix","actual","expected"}], "notes"}. */
export function toJson(r: Report, lang: Lang): JsonReport {
  return {
    verdict: verdictOf(r),
    findings: r.findings.map((f) => {
      const key = `${f.id}.${f.messageKey}`;
      const article = articleOfFinding(f);
      const out: JsonFinding = { id: f.id, ...(article ? { article } : {}), status: f.status, message: message(lang, key, messageParams(f)) };
      const fix = fixOf(lang, key, messageParams(f));
      if (fix && (f.status === "fail" || f.status === "warn")) out.fix = fix;
      if (f.actual !== undefined) out.actual = f.actual;
      if (f.expected !== undefined) out.expected = f.expected;
      return out;
    }),
    notes: r.notes.map((n) => message(lang, n.key, n.params)),
    ...(r.prediction ? { prediction: r.prediction } : {}),
    ...(r.answer ? { answer: r.answer } : {}),
  };
}

export const renderJson = (r: Report, lang: Lang): string => `${JSON.stringify(toJson(r, lang), null, 2)}\n`;

/** The remedy for a message, or undefined when the catalogue has none. */
export function fixOf(lang: Lang, key: string, params: Record<string, string | number> = {}): string | undefined {
  const fixKey = `${key}.fix`;
  const text = message(lang, fixKey, params);
  return text === fixKey ? undefined : text;
}
