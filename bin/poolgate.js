#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = fileURLToPath(new URL("../dist/main.js", import.meta.url));
if (!existsSync(compiled)) {
  process.stderr.write("poolgate: dist/ is missing; run `npm run build` first\n");
  process.exit(2);
}
await import(compiled);
