import * as en from "./en/index.js";
import { formatValue } from "./format.js";
import * as ja from "./ja/index.js";

/** Message templates with {placeholders}, keyed by "<check id>.<message key>" (and ".fix" for the remedy). */
export type Catalogue = Record<string, string>;

export type Lang = "en" | "ja";

const merge = (groups: Record<string, Catalogue>): Catalogue => Object.assign({}, ...Object.values(groups));

export const CATALOGUES: Record<Lang, Catalogue> = { en: merge(en), ja: merge(ja) };

/**
 * Renders a message; a missing key renders as the key itself (a test keeps both catalogues complete). A placeholder
 * may name a format, `{exp|time}` (see format.ts). An `arg` placeholder is a command-line argument the reader fills
 * in when the value is not known: `{apiId|arg}` renders the id, or `<api-id>` (the gateway does not know ids the
 * doctor reads).
 */
export function message(lang: Lang, key: string, params: Record<string, string | number> = {}, timeZone?: string): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.en[key] ?? key;
  return template.replace(/\{(\w+)(?:\|(\w+))?\}/g, (whole, name: string, format: string | undefined) => {
    if (!(name in params)) return format === "arg" ? `<${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}>` : whole;
    return format ? formatValue(lang, format, params[name], timeZone) : String(params[name]);
  });
}
