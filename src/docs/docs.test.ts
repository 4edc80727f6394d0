import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";
import { renderConfigurationDoc } from "./configuration.js";
import { renderSupportDoc } from "./support.js";

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");

it("docs/support.md matches the operation registries (run `npm run docs`)", () => {
  assert.equal(read("docs/support.md"), renderSupportDoc());
});

it("docs/configuration.md matches the options table (run `npm run docs`)", () => {
  assert.equal(read("docs/configuration.md"), renderConfigurationDoc());
});
