import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { boundedLineWriter, createLogger, MAX_LOGGED_STRING } from "./log.js";

/** A stream whose reader is stuck until release() is called. */
function stuckStream() {
  const written: string[] = [];
  const pending: (() => void)[] = [];
  let stuck = true;
  const stream = new Writable({
    write(chunk, _enc, done) {
      written.push(String(chunk));
      if (stuck) pending.push(done);
      else done();
    },
  });
  return {
    stream,
    written,
    release() {
      stuck = false;
      for (const done of pending.splice(0)) done();
    },
  };
}

describe("log lines", () => {
  it("drops lines while the stream is backed up, then says how many", async () => {
    const s = stuckStream();
    const write = boundedLineWriter(s.stream, 64 * 1024);
    const line = "y".repeat(1000);
    let peak = 0;
    for (let i = 0; i < 5000; i++) {
      write(`${i} ${line}`);
      peak = Math.max(peak, s.stream.writableLength);
    }
    // At most one line past the limit is ever held, whatever the number of lines logged.
    assert.ok(peak < 64 * 1024 + 2000, `buffered ${peak} bytes`);
    const kept = s.written.length + s.stream.writableLength / 1000;
    assert.ok(kept < 100, `kept about ${kept} lines`);
    const drained = new Promise((r) => s.stream.once("drain", r));
    s.release();
    await drained;
    await new Promise((r) => setImmediate(r));
    const all = s.written.join("");
    const m = /\[poolgate\] warn (\d+) log lines dropped/.exec(all);
    assert.ok(m, all.slice(-300));
    const linesWritten = all.split("\n").filter((l) => l.endsWith(line)).length;
    assert.equal(Number(m[1]) + linesWritten, 5000);
    // Once drained, lines flow again.
    write("after");
    await new Promise((r) => setImmediate(r));
    assert.ok(s.written.join("").endsWith("after\n"));
  });

  it("truncates long messages and string fields, keeping the error stack whole", () => {
    const lines: string[] = [];
    const log = createLogger("info", (l) => lines.push(l));
    const path = `/dev/${"p".repeat(10_000)}`;
    const stack = `Error: boom\n${"    at frame\n".repeat(100)}`;
    log.info(`execute-api refused GET ${path}`, { path, error: stack, status: 403 });
    const [line] = lines;
    assert.ok(line !== undefined);
    assert.ok(line.length < 2 * MAX_LOGGED_STRING + stack.length + 200, `line of ${line.length} chars`);
    assert.match(line, /…\(\d+ more chars\)/);
    const fields = JSON.parse(line.slice(line.indexOf(" {") + 1));
    assert.equal(fields.error, stack);
    assert.equal(fields.status, 403);
    assert.ok(fields.path.length < MAX_LOGGED_STRING + 40);
  });

  it("writes nothing below its level", () => {
    const lines: string[] = [];
    createLogger("warn", (l) => lines.push(l)).info("hidden");
    assert.deepEqual(lines, []);
  });
});
