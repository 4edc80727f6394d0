import * as en from "./en/index.js";
import * as ja from "./ja/index.js";

/** Message templates with {placeholders}, keyed by "<check id>.<message key>" (and ".fix" for the remedy). */
export type Catalogue = Record<string, string>;

export type Lang = "en" | "ja";

const merge = (groups: Record<string, Catalogue>): Catalogue => Object.assign({}, ...Object.values(groups));

export const CATALOGUES: Record<Lang, Catalogue> = { en: merge(en), ja: merge(ja) };

/** Renders a message; a missing key renders as the key itself (a test keeps both catalogues complete). */
export function message(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}
