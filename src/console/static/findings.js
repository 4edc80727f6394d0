import { h } from "./dom.js";
import { docLink } from "./endpoints.js";
import { t } from "./i18n.js";

/**
 * @typedef {{ id: string, status: "pass" | "fail" | "warn" | "skip", message: string, fix?: string,
 *   actual?: unknown, expected?: unknown, cause?: boolean }} ShownFinding
 */

/** A value as text: strings as they are, everything else as JSON. @param {unknown} v */
export const asText = (v) => (typeof v === "string" ? v : JSON.stringify(v));

/** @param {unknown} v */
const missing = (v) => v === undefined || v === null;

/**
 * Fills a catalogue template's {placeholders}. The record of an invocation keeps no message parameters, so some
 * are unknown here; rather than print a gap, a message drops what it cannot say where the sentence stays whole:
 * a parenthesised aside holding an unknown value goes, and so does an unknown value that names something already
 * named by the word before it ("Authorizer {name} lists no user pool" → "Authorizer lists no user pool"). Only a
 * value the sentence cannot do without (its first word, or what follows a colon or sits in quotes) shows as "…".
 * @param {Record<string, string>} catalogue @param {string} key @param {Record<string, unknown>} params
 */
export function render(catalogue, key, params) {
  const template = catalogue[key];
  if (template === undefined) return undefined;
  const unknown = (/** @type {string} */ name) => missing(params[name]);
  const P = /\{(\w+)(?:\|(\w+))?\}/g;
  const text = template
    // An aside, in ASCII or full-width parentheses, with an unknown value in it.
    .replace(/ ?[(（][^()（）]*[)）]/g, (aside) => ([...aside.matchAll(P)].some((m) => unknown(m[1])) ? "" : aside))
    // A value after a word, before a space or the end of the clause: the word reads on without it.
    .replace(/([\p{L}\p{N}]) \{(\w+)(?:\|\w+)?\}(?=[ 。.,、]|$)/gu, (whole, before, name) => (unknown(name) ? before : whole));
  return text.replace(P, (/** @type {string} */ _, /** @type {string} */ name, /** @type {string | undefined} */ format) => {
    if (unknown(name)) return "…";
    const v = params[name];
    return format === "time" ? formatTime(/** @type {string | number} */ (v)) : String(v);
  });
}

/**
 * `{exp|time}` as the server's renderer writes it (src/checks/messages/format.ts): UTC, then the browser's local time.
 * @param {string | number} v epoch seconds or an ISO string
 */
function formatTime(v) {
  const ms = typeof v === "number" ? v * 1000 : Date.parse(v);
  if (!Number.isFinite(ms)) return String(v);
  const d = new Date(ms);
  const utc = `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;
  // dateStyle and timeStyle cannot be combined with timeZoneName: the fields are named one by one.
  const local = d.toLocaleString(undefined, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "short",
  });
  return `${utc} (${local})`;
}

/** The pipeline's findings in order, each with its status, message, actual/expected, fix and explain page. @param {ShownFinding[]} findings */
export function findingList(findings) {
  return h(
    "ol",
    { class: "findings" },
    findings.map((f) =>
      h(
        "li",
        { class: `finding ${f.status}${f.cause ? " cause" : ""}`, "data-check": f.id },
        h(
          "div",
          { class: "finding-head" },
          h("span", { class: `badge ${f.status}` }, t(`status.${f.status}`)),
          h("code", { class: "check-id" }, f.id),
          h("a", { href: docLink(f.id), class: "explain", "aria-label": t("finding.explain", { id: f.id }), target: "_blank", rel: "noopener" }, "?"),
        ),
        h("p", { class: "message" }, f.message),
        f.actual !== undefined || f.expected !== undefined
          ? h(
              "dl",
              { class: "pair" },
              f.actual !== undefined && [h("dt", null, t("finding.actual")), h("dd", null, h("code", null, asText(f.actual)))],
              f.expected !== undefined && [h("dt", null, t("finding.expected")), h("dd", null, h("code", null, asText(f.expected)))],
            )
          : null,
        f.fix ? h("p", { class: "fix" }, h("strong", null, `${t("finding.fix")}: `), f.fix) : null,
      ),
    ),
  );
}
