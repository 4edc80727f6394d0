import type { Lang } from "./catalogue.js";

/**
 * Formats a placeholder value for people, by the `{name|format}` a template asks for:
 * - `char`: a code point ("U+3000") with its name where people paste it by accident;
 * - `time`: epoch seconds (or an ISO string) as the UTC time and the local time of the reader's time zone
 *   (the article's readers are mostly in JST): "2026-12-05 16:52:35 UTC (2026-12-06 01:52:35 JST)";
 * - `scopes`: space-separated OAuth scopes as "scopes [a b]", or "no scopes" for none (not an empty "[]" or "[-]").
 * The checks keep raw values (they run on every gateway request); only renderers format.
 */
export function formatValue(lang: Lang, format: string, value: string | number, timeZone = localTimeZone()): string {
  if (format === "time") return formatTime(lang, value, timeZone);
  if (format === "char") return formatChar(lang, String(value));
  if (format === "scopes") return formatScopes(lang, String(value));
  return String(value);
}

/** Characters people paste by accident, by name ("U+3000" → "U+3000 (ideographic space)" / "（全角スペース）"). */
const CHAR_NAMES: Record<string, Record<Lang, string>> = {
  "U+0009": { en: "tab", ja: "タブ" },
  "U+000A": { en: "line feed", ja: "改行" },
  "U+000D": { en: "carriage return", ja: "復帰" },
  "U+0020": { en: "space", ja: "半角スペース" },
  "U+00A0": { en: "no-break space", ja: "ノーブレークスペース" },
  "U+200B": { en: "zero-width space", ja: "ゼロ幅スペース" },
  "U+3000": { en: "ideographic space", ja: "全角スペース" },
  "U+FEFF": { en: "byte order mark", ja: "BOM" },
};

function formatScopes(lang: Lang, value: string): string {
  const scopes = value.split(" ").filter((s) => s && s !== "-");
  if (scopes.length === 0) return lang === "ja" ? "スコープなし" : "no scopes";
  return lang === "ja" ? `スコープ [${scopes.join(" ")}]` : `scopes [${scopes.join(" ")}]`;
}

function formatChar(lang: Lang, code: string): string {
  const name = CHAR_NAMES[code]?.[lang];
  if (!name) return code;
  return lang === "ja" ? `${code}（${name}）` : `${code} (${name})`;
}

export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

function formatTime(lang: Lang, value: string | number, timeZone: string): string {
  const ms = typeof value === "number" ? value * 1000 : Date.parse(value);
  if (!Number.isFinite(ms)) return String(value);
  const date = new Date(ms);
  const utc = `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return utc;
  let local: string;
  let zone: string;
  try {
    local = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "medium" }).format(date);
    zone =
      lang === "ja" && timeZone === "Asia/Tokyo"
        ? "日本時間"
        : (new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? timeZone);
  } catch {
    return utc;
  }
  return lang === "ja" ? `${utc}（${zone} ${local}）` : `${utc} (${local} ${zone})`;
}
