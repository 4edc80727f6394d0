import { createRequire } from "node:module";

type YamlModule = typeof import("yaml");

// Loaded on first use: only OpenAPI import/export and the doctor's --api-file need YAML, and `poolgate start` should not pay for it.
let loaded: YamlModule | undefined;
const yaml = (): YamlModule => {
  loaded ??= createRequire(import.meta.url)("yaml") as YamlModule;
  return loaded;
};

/** The deepest flow nesting (`[`/`{`) and the widest indentation a YAML text may have. */
export const MAX_YAML_NESTING = 128;
export const MAX_YAML_INDENT = 512;

/**
 * The YAML parser recurses per nesting level: a few thousand `[` (or as many indented levels) exhaust the
 * stack, and inside the server that surfaced as a fatal "RegExpCompiler allocation failed" that killed the
 * process. A text nesting deeper than any real document is refused before it is parsed. The scan is
 * deliberately rough (brackets inside quotes count too): it only has to be an upper bound.
 */
export function yamlNestsTooDeep(text: string): boolean {
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9) {
        if (++indent > MAX_YAML_INDENT) return true;
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++depth > MAX_YAML_NESTING) return true;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return false;
}

export class YamlTooDeep extends Error {
  constructor() {
    super(`YAML nests deeper than ${MAX_YAML_NESTING} levels or indents more than ${MAX_YAML_INDENT} columns`);
  }
}

/** Parses YAML; throws YamlTooDeep for a text no real document would be (see yamlNestsTooDeep). */
export const parseYaml = (text: string, options: { maxAliasCount: number }): unknown => {
  if (yamlNestsTooDeep(text)) throw new YamlTooDeep();
  return yaml().parse(text, options);
};
export const toYaml = (value: unknown): string => yaml().stringify(value);
