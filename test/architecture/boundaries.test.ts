import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

/**
 * The import directions docs/architecture.md draws, held against the code: a test fails when an import crosses a
 * forbidden boundary. Paths are relative to src/; a rule forbids `from` (a folder) importing anything under `to`.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

interface Rule {
  from: string;
  to: string[];
  /** Targets under `to` that are allowed all the same. */
  except?: string[];
  why: string;
}

const RULES: Rule[] = [
  {
    from: "checks/",
    to: ["store/", "server/", "doctor/", "cli/", "cognito/", "apigateway/"],
    except: ["apigateway/model.ts"],
    why: "the checklist is pure: no store, no server, no reporter, no service internals",
  },
  {
    from: "grammar/",
    to: ["store/", "server/", "doctor/", "cli/", "cognito/", "apigateway/", "checks/"],
    except: ["apigateway/model.ts"],
    why: "the AWS grammar both runners parse depends on nothing of theirs",
  },
  {
    from: "doctor/",
    to: ["store/", "server/", "cognito/", "apigateway/", "services.ts", "config.ts"],
    // The doctor runs the gateway's own invoke steps (one evaluation) and reads API records in their wire shape.
    except: ["apigateway/invoke/pipeline.ts", "apigateway/invoke/answer.ts", "apigateway/invoke/state.ts", "apigateway/model.ts"],
    why: "the doctor reads configuration only through the AWS APIs, so it works against AWS too",
  },
  { from: "store/", to: ["server/", "doctor/", "cli/", "checks/"], why: "storage holds records, not domain logic or the edge" },
  { from: "cognito/", to: ["apigateway/", "doctor/"], why: "a user pool knows nothing of APIs" },
  { from: "cognito/", to: ["server/"], why: "domain code does not import the edge (Mount and bodies live in http/)" },
  { from: "apigateway/", to: ["server/", "doctor/"], why: "domain code does not import the edge (Mount and bodies live in http/)" },
  { from: "apigateway/invoke/", to: ["store/"], why: "the invoke steps read deployments through their environment, never the store" },
  { from: "lambda/", to: ["cognito/", "apigateway/", "server/", "store/"], why: "the local Lambda runner serves triggers, integrations and authorizers alike" },
  { from: "jwt/", to: ["cognito/", "apigateway/", "server/", "store/", "checks/"], why: "JWS encoding is shared by the issuer, the gateway and the doctor" },
];

/** Steps of the invoke pipeline must not even import the edge's helpers: they are shared with the doctor. */
const PURE_STEPS = [
  "resolve-stage.ts",
  "match-route.ts",
  "authorize.ts",
  "authorize-lambda.ts",
  "apply-resource-policy.ts",
  "require-api-key.ts",
  "answer.ts",
  "pipeline.ts",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

/** Relative imports of a file (static and type-only), resolved to paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^"']*?from\s+["'](\.[^"']+)["']/g)) {
    out.push(relative(SRC, resolve(dirname(file), m[1].replace(/\.js$/, ".ts"))));
  }
  return out;
}

describe("import boundaries (docs/architecture.md)", () => {
  const files = sourceFiles(SRC).map((f) => ({ path: relative(SRC, f), imports: importsOf(f) }));

  it("reads the imports of the source tree", () => {
    assert.ok(files.length > 100);
    assert.ok(files.some((f) => f.imports.length > 0));
  });

  for (const rule of RULES)
    it(`${rule.from} imports nothing under ${rule.to.join(", ")}: ${rule.why}`, () => {
      const crossings = files
        .filter((f) => f.path.startsWith(rule.from))
        .flatMap((f) =>
          f.imports.filter((target) => rule.to.some((to) => target.startsWith(to)) && !rule.except?.includes(target)).map((target) => `${f.path} → ${target}`),
        );
      assert.deepEqual(crossings, []);
    });

  it("the invoke steps shared with the doctor import nothing of the edge", () => {
    const crossings = files
      .filter((f) => f.path.startsWith("apigateway/invoke/") && PURE_STEPS.some((s) => f.path.endsWith(`/${s}`)))
      .flatMap((f) => f.imports.filter((t) => t.startsWith("server/") || t.startsWith("http/") || t === "services.ts").map((t) => `${f.path} → ${t}`));
    assert.deepEqual(crossings, []);
  });

  it("fails on a crossing (the rule engine itself)", () => {
    const probe = { path: "checks/x.ts", imports: ["store/db.ts"] };
    const rule = RULES[0];
    assert.ok(probe.imports.some((t) => rule.to.some((to) => t.startsWith(to))));
  });
});
