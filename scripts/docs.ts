import { existsSync, writeFileSync } from "node:fs";
import { renderConfigurationDoc } from "../src/docs/configuration.js";
import { renderSupportDoc } from "../src/docs/support.js";

/** `npm run docs`: regenerates the generated pages (a test fails when they are stale). */
const root = new URL("..", import.meta.url);
const write = (path: string, text: string) => {
  writeFileSync(new URL(path, root), text);
  process.stdout.write(`wrote ${path}\n`);
};
write("docs/support.md", renderSupportDoc());
write("docs/configuration.md", renderConfigurationDoc());
if (!existsSync(new URL("docs/benchmarks.md", root))) process.stderr.write("docs/benchmarks.md is missing\n");
