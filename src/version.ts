import pkg from "../package.json" with { type: "json" };

/** poolgate's version: package.json is its only source (esbuild inlines it into the bundle). */
export const VERSION: string = pkg.version;
