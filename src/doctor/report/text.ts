import { articleOfFinding } from "../../checks/ids.js";
import { type Lang, message } from "../../checks/messages/catalogue.js";
import type { FindingStatus } from "../../checks/types.js";
import { fixOf } from "./json.js";
import { messageParams, type Report, verdictOf } from "./report.js";

const MARK: Record<FindingStatus, string> = { pass: "✔", fail: "✘", warn: "!", skip: "-" };

const show = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));

/** The readable checklist: one line per check, and for each failure or warning its cause, actual vs expected, fix. */
export function renderText(r: Report, lang: Lang): string {
  const t = (key: string, params?: Record<string, string | number>) => message(lang, key, params);
  const lines: string[] = [t(r.titleKey, r.titleParams), ""];
  if (r.notes.length > 0) {
    for (const n of r.notes) lines.push(`  ${t(n.key, n.params)}`);
    lines.push("");
  }
  for (const f of r.findings) {
    const key = `${f.id}.${f.messageKey}`;
    const article = articleOfFinding(f);
    lines.push(`${MARK[f.status]} ${t(`doctor.status.${f.status}`)}  ${article ? `${article} ` : ""}${f.id}`);
    lines.push(`    ${t(key, messageParams(f))}`);
    if (f.status === "fail" || f.status === "warn") {
      if (f.actual !== undefined) lines.push(`    ${t("doctor.label.actual")}: ${show(f.actual)}`);
      if (f.expected !== undefined) lines.push(`    ${t("doctor.label.expected")}: ${show(f.expected)}`);
      const fix = fixOf(lang, key, messageParams(f));
      if (fix) lines.push(`    ${t("doctor.label.fix")}: ${fix}`);
      if (f.id !== "integration") lines.push(`    ${t("doctor.label.explain")}: docs/checks/${f.id}.md`);
    }
  }
  const count = (s: FindingStatus) => r.findings.filter((f) => f.status === s).length;
  lines.push("");
  lines.push(
    t(count("warn") === 1 ? "doctor.summary.one-warning" : "doctor.summary", {
      pass: count("pass"),
      fail: count("fail"),
      warn: count("warn"),
      skip: count("skip"),
    }) +
      // Japanese sentences follow 。 without a space.
      (lang === "ja" ? "" : " ") +
      t(verdictOf(r) === "fail" ? "doctor.verdict.fail" : "doctor.verdict.pass"),
  );
  return `${lines.join("\n")}\n`;
}
