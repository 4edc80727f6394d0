import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { cognitoBench } from "./cognito.js";
import type { BenchCase, BenchRow } from "./types.js";

/**
 * `npm run bench`: every case measures poolgate and its baseline in the same run on the same machine, and
 * prints ratios (absolute numbers on a shared machine are noise; ratios are what we compare).
 * Results are written into docs/benchmarks.md between the RESULTS markers.
 */
async function optionalCase(path: string, name: string): Promise<BenchCase | undefined> {
  if (!existsSync(new URL(path, import.meta.url))) return undefined;
  const mod = (await import(path)) as Record<string, BenchCase>;
  return mod[name];
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

function ratio(r: BenchRow): string {
  if (r.baseline === undefined || !r.baseline) return "";
  return `${fmt(r.poolgate / r.baseline)}x`;
}

async function main() {
  const only = process.argv[2];
  const cases = [cognitoBench, await optionalCase("./srp.ts", "srpBench"), await optionalCase("./invoke.ts", "invokeBench")].filter(
    (c): c is BenchCase => !!c && (!only || c.name.toLowerCase().includes(only.toLowerCase())),
  );
  const lines: string[] = [];
  for (const c of cases) {
    process.stderr.write(`bench: ${c.name}...\n`);
    const rows = await c.run();
    lines.push(`### ${c.name}`, "", "| metric | poolgate | baseline | ratio (poolgate / baseline) | goal |", "| --- | --- | --- | --- | --- |");
    for (const r of rows) {
      lines.push(
        `| ${r.metric} | ${fmt(r.poolgate)} ${r.unit} | ${r.baseline === undefined ? "" : `${fmt(r.baseline)} ${r.unit} (${r.baselineName})`} | ${ratio(r)} | ${r.goal ?? ""} |`,
      );
    }
    lines.push("");
  }
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node.js ${process.version}.`;
  const out = [stamp, "", ...lines].join("\n");
  process.stdout.write(`${out}\n`);
  const docs = new URL("../docs/benchmarks.md", import.meta.url);
  if (existsSync(docs) && !process.env.BENCH_NO_WRITE) {
    const text = readFileSync(docs, "utf8");
    const next = text.replace(/<!-- RESULTS -->[\s\S]*<!-- \/RESULTS -->/, `<!-- RESULTS -->\n${out}\n<!-- /RESULTS -->`);
    writeFileSync(docs, next);
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
