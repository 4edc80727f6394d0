import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_YAML_INDENT, MAX_YAML_NESTING, parseYaml, YamlTooDeep, yamlNestsTooDeep } from "./yaml.js";

test("yamlNestsTooDeep: real documents pass, runaway nesting does not", () => {
  const cases: Array<[string, string, boolean]> = [
    ["an OpenAPI document", "openapi: 3.0.1\ninfo:\n  title: t\npaths:\n  /a:\n    get: {responses: {'200': {description: ok}}}\n", false],
    ["flow nesting at the limit", `${"[".repeat(MAX_YAML_NESTING)}${"]".repeat(MAX_YAML_NESTING)}`, false],
    ["flow nesting past the limit", `${"[".repeat(MAX_YAML_NESTING + 1)}${"]".repeat(MAX_YAML_NESTING + 1)}`, true],
    ["closing brackets do not go negative", `${"]".repeat(500)}${"[".repeat(10)}`, false],
    ["indentation at the limit", `a:\n${" ".repeat(MAX_YAML_INDENT)}b`, false],
    ["indentation past the limit", `a:\n${" ".repeat(MAX_YAML_INDENT + 1)}b`, true],
  ];
  for (const [title, text, expected] of cases) assert.equal(yamlNestsTooDeep(text), expected, title);
});

test("parseYaml refuses a too-deep text before parsing it", () => {
  assert.throws(() => parseYaml("[".repeat(100_000), { maxAliasCount: 100 }), YamlTooDeep);
  assert.deepEqual(parseYaml("a: [1, {b: 2}]", { maxAliasCount: 100 }), { a: [1, { b: 2 }] });
});
