import assert from "node:assert/strict";
import { test } from "node:test";
import { boundedMessage, headerMessage, MAX_HEADER_MESSAGE, MAX_MESSAGE, truncate, wellFormed } from "./echo.js";

const hasLoneSurrogate = (s: string) => /[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""));

test("wellFormed replaces lone surrogates and keeps pairs", () => {
  const cases: Array<[string, string]> = [
    ["a\uD800b", "a\uFFFDb"],
    ["\uDC00x", "\uFFFDx"],
    ["x\uDBFF", "x\uFFFD"],
    ["🦄", "🦄"],
    ["\uDC00\uD800", "\uFFFD\uFFFD"],
    ["plain", "plain"],
  ];
  for (const [input, expected] of cases) assert.equal(wellFormed(input), expected, JSON.stringify(input));
});

test("truncate never leaves half a surrogate pair", () => {
  const s = "🦄".repeat(10);
  for (let max = 0; max < 21; max++) assert.equal(hasLoneSurrogate(truncate(s, max)), false, `max ${max}`);
  assert.equal(truncate("abc", 3), "abc");
  assert.equal(truncate("abcd", 3), "abc...");
});

test("boundedMessage is at most MAX_MESSAGE characters plus the marker", () => {
  assert.equal(boundedMessage("x".repeat(100_000)).length, MAX_MESSAGE + 3);
});

test("headerMessage: printable ASCII as is, anything else percent-encoded, bounded, never a broken escape", () => {
  assert.equal(headerMessage("User pool us-east-1_x does not exist."), "User pool us-east-1_x does not exist.");
  assert.equal(headerMessage("é"), "%C3%A9");
  assert.equal(headerMessage("a\uD800"), "a%EF%BF%BD");
  for (const s of ["é".repeat(20_000), "x".repeat(20_000), `${"x".repeat(MAX_HEADER_MESSAGE - 1)}é`, "\uD800".repeat(5_000)]) {
    const h = headerMessage(s);
    assert.ok(h.length <= MAX_HEADER_MESSAGE + 3, `${h.length}`);
    assert.match(h, /^[\x20-\x7e]*$/);
    assert.doesNotMatch(h, /%[0-9A-F]?\.\.\.$/);
  }
});
