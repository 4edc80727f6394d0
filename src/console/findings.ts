import { type Lang, message } from "../checks/messages/catalogue.js";
import type { Finding } from "../checks/types.js";

/** A finding as the console shows it: rendered in one language, with its fix. */
export interface ShownFinding {
  id: string;
  status: Finding["status"];
  messageKey: string;
  message: string;
  fix?: string;
  actual?: unknown;
  expected?: unknown;
}

export function renderFinding(f: Finding, lang: Lang): ShownFinding {
  const key = `${f.id}.${f.messageKey}`;
  const fix = f.status === "fail" || f.status === "warn" ? message(lang, `${key}.fix`, f.params) : undefined;
  return {
    id: f.id,
    status: f.status,
    messageKey: f.messageKey,
    message: message(lang, key, f.params),
    // message() renders a missing key as the key itself: no fix written for it.
    fix: fix === `${key}.fix` ? undefined : fix,
    actual: f.actual,
    expected: f.expected,
  };
}
