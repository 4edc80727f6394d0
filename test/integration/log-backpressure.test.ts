import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { BIN } from "../harness/process.js";

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;

/**
 * A log reader that stops reading must not make poolgate keep every line in memory. Before the fix, 20 000 refused
 * invocations with 4 KB paths grew the server by over 100 MiB; the bound below is generous and far below that.
 */
describe("logging to a reader that does not read", () => {
  it("keeps memory bounded, drops lines, then reports how many when the reader comes back", async () => {
    // A capped heap makes the collector run before the heap grows lazily (growth measured under a busy machine
    // otherwise includes garbage not yet collected); an unbounded backlog still exceeds it and fails the health check.
    const child = spawn(process.execPath, ["--max-old-space-size=96", BIN, "start", "--ephemeral", "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d;
          const m = /poolgate ready on (\S+)/.exec(out);
          if (m) resolve(m[1] as string);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      // From here on nobody reads the server's stdout or stderr.
      child.stdout.removeAllListeners("data");
      child.stdout.pause();
      const long = "x".repeat(4000);
      let n = 0;
      const refuse = async (count: number) => {
        for (let i = 0; i < count; i++) {
          // No such API: refused by the gateway, and logged at the default level with its path.
          const res = await fetch(`${url}/_aws/execute-api/nosuchapi/dev/${long}${n++}`);
          assert.ok(res.status >= 400, `status ${res.status}`);
          await res.arrayBuffer();
        }
      };
      const wave = (perWorker: number) => Promise.all(Array.from({ length: 8 }, () => refuse(perWorker)));
      await wave(250);
      const before = rssMiB(child.pid as number);
      await wave(2500);
      const after = rssMiB(child.pid as number);
      assert.ok(after - before < 64, `RSS grew from ${before.toFixed(1)} to ${after.toFixed(1)} MiB over ${n} requests`);
      assert.equal((await fetch(`${url}/_poolgate/health`)).status, 200);

      // The reader comes back: the backlog drains and one line counts what was lost; no line is unbounded.
      let err = "";
      const dropped = new Promise<void>((resolve) =>
        child.stderr.on("data", (d: Buffer) => {
          err += d;
          if (/\[poolgate\] warn \d+ log lines dropped/.test(err)) resolve();
        }),
      );
      await dropped;
      const count = Number(/warn (\d+) log lines dropped/.exec(err)?.[1]);
      assert.ok(count > 0 && count <= n, `${count} dropped of ${n}`);
      for (const line of err.split("\n")) assert.ok(line.length < 3000, `a log line of ${line.length} chars`);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
