import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The first directory that exists: under tsx this module is src/console/; bundled it is in dist/ or dist/chunks/. */
const firstDir = (candidates: string[]): string | undefined => candidates.find((d) => existsSync(d));

// The build copies src/console/static to dist/console (package.json "build").
const staticDir = firstDir([join(here, "static"), join(here, "console"), join(here, "..", "console")]);
// docs/ ships in the package next to dist/.
const checkDocsDir = firstDir([join(here, "..", "..", "docs", "checks"), join(here, "..", "docs", "checks")]);

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
};

const cache = new Map<string, { type: string; body: Buffer }>();

/** A file of the console's front end by its bare name (no folders), or undefined. */
export function staticAsset(name: string): { type: string; body: Buffer } | undefined {
  const m = /^[a-z0-9-]+\.(html|js|css|svg)$/.exec(name);
  if (!m || !staticDir) return undefined;
  let hit = cache.get(name);
  if (!hit) {
    const file = join(staticDir, name);
    if (!existsSync(file)) return undefined;
    hit = { type: TYPES[m[1]], body: readFileSync(file) };
    cache.set(name, hit);
  }
  return hit;
}

/** A check's explain page (docs/checks/<id>.md) as Markdown text, or undefined. */
export function checkDoc(id: string): string | undefined {
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(id) || !checkDocsDir) return undefined;
  const file = join(checkDocsDir, `${id}.md`);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
