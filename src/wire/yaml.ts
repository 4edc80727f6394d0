import { createRequire } from "node:module";

type YamlModule = typeof import("yaml");

// Loaded on first use: only OpenAPI import/export and the doctor's --api-file need YAML, and `poolgate start` should not pay for it.
let loaded: YamlModule | undefined;
const yaml = (): YamlModule => {
  loaded ??= createRequire(import.meta.url)("yaml") as YamlModule;
  return loaded;
};

export const parseYaml = (text: string, options: { maxAliasCount: number }): unknown => yaml().parse(text, options);
export const toYaml = (value: unknown): string => yaml().stringify(value);
