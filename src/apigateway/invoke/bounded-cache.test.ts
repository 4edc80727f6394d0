import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BoundedCache } from "./bounded-cache.js";

describe("BoundedCache", () => {
  it("refuses an entry heavier than entryChars, and the value is simply not kept", () => {
    const c = new BoundedCache<number>({ entries: 10, chars: 1000, entryChars: 100 });
    assert.equal(c.set("x".repeat(101), 1), false);
    assert.equal(c.get("x".repeat(101)), undefined);
    assert.equal(c.set("x".repeat(100), 2), true);
    assert.equal(c.get("x".repeat(100)), 2);
    assert.deepEqual([c.size, c.chars], [1, 100]);
  });

  it("evicts the oldest entries when the characters would exceed the budget", () => {
    const c = new BoundedCache<string>({ entries: 100, chars: 25, entryChars: 10 });
    for (const k of ["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"]) c.set(k, k);
    assert.equal(c.get("aaaaaaaaaa"), undefined);
    assert.equal(c.get("bbbbbbbbbb"), "bbbbbbbbbb");
    assert.equal(c.get("cccccccccc"), "cccccccccc");
    assert.deepEqual([c.size, c.chars], [2, 20]);
  });

  it("evicts by count too", () => {
    const c = new BoundedCache<number>({ entries: 2, chars: 1000, entryChars: 100 });
    c.set("a", 1);
    c.set("b", 2);
    c.set("c", 3);
    assert.deepEqual([c.get("a"), c.get("b"), c.get("c"), c.size], [undefined, 2, 3, 2]);
  });

  it("counts a replaced key once, and a caller-given weight instead of the key length", () => {
    const c = new BoundedCache<number>({ entries: 10, chars: 100, entryChars: 60 });
    c.set("k", 1, 50);
    c.set("k", 2, 40);
    assert.deepEqual([c.get("k"), c.size, c.chars], [2, 1, 40]);
    assert.equal(c.set("k", 3, 61), false);
    assert.equal(c.get("k"), undefined, "a refused replacement drops the stale value");
    assert.equal(c.chars, 0);
  });

  it("stays within its budget under many huge and small keys (the 60 KB path attack)", () => {
    const c = new BoundedCache<string>({ entries: 1000, chars: 128 * 1024, entryChars: 2048 });
    for (let i = 0; i < 2000; i++) {
      c.set(`GET /${i}/${"a".repeat(60 * 1024)}`, "routed");
      c.set(`GET /${i}/${"b".repeat(1500)}`, "routed");
      assert.ok(c.chars <= 128 * 1024 && c.size <= 1000);
    }
    assert.ok(c.size > 0);
  });
});
