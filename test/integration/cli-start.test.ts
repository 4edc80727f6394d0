import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { exited, runCli, startCli } from "../harness/process.js";

const PACKAGE_VERSION = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version as string;

describe("poolgate start (compiled CLI)", () => {
  it("prints the ready line, answers health, and exits 0 on SIGTERM", async () => {
    const s = await startCli(["start", "--ephemeral", "--port", "0"]);
    const res = await fetch(`${s.url}/_poolgate/health`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, "ok");
    assert.equal(body.version, PACKAGE_VERSION);
    assert.equal(body.storage, "memory");
    s.child.kill("SIGTERM");
    assert.equal(await exited(s.child), 0);
  });

  it("takes options from the environment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poolgate-cli-"));
    try {
      const s = await startCli(["start", "--port", "0"], { POOLGATE_DATA_DIR: dir, POOLGATE_REGION: "eu-west-1" });
      const body = await (await fetch(`${s.url}/_poolgate/health`)).json();
      assert.equal(body.region, "eu-west-1");
      assert.equal(body.storage, "sqlite");
      s.child.kill("SIGINT");
      assert.equal(await exited(s.child), 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the database file it cannot use, in one line, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poolgate-cli-"));
    try {
      // A directory where the database file belongs: SQLite cannot open it (a read-only file fails the same way).
      mkdirSync(join(dir, "poolgate.sqlite"));
      const r = await runCli(["start", "--port", "0", "--data-dir", dir]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.ok(r.stderr.includes(join(dir, "poolgate.sqlite")), r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a bad option with one line and exit status 2", async () => {
    const r = await runCli(["start", "--port", "seventy"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^poolgate: --port must be an integer/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
  });

  it("wraps help to 100 columns when the output is not a terminal", async () => {
    for (const args of [
      ["start", "--help"],
      ["doctor", "token", "--help"],
      ["doctor", "request", "--help"],
    ]) {
      const r = await runCli(args);
      // A single word longer than the width (a URL) cannot be wrapped; anything else must be.
      const long = r.stdout.split("\n").filter((l) => l.length > 100 && l.trim().includes(" "));
      assert.deepEqual(long, [], args.join(" "));
    }
  });

  it("documents every option in --help", async () => {
    assert.equal((await runCli(["--version"])).stdout.trim(), PACKAGE_VERSION);
    const top = await runCli(["--help"]);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /start/);
    const start = await runCli(["start", "--help"]);
    for (const flag of ["--host", "--port", "--region", "--data-dir", "--ephemeral", "--issuer", "--demo"]) assert.ok(start.stdout.includes(flag), flag);
  });
});
