import assert from "node:assert/strict";
import { validateHeaderName, validateHeaderValue } from "node:http";
import { describe, it } from "node:test";
import { isHeaderName, isHeaderValue } from "./header-field.js";

/** Node's own validators are the reference: a value we accept must never make writeHead throw, and the reverse. */
const nodeAccepts = (check: () => void) => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

describe("header fields", () => {
  const values = [
    "plain",
    "caf\u00e9",
    "a\tb",
    "",
    " spaced ",
    "a\r\nSet-Cookie: x=1",
    "a\nb",
    "a\u0000b",
    "\u2713",
    "\u{1f4a9}",
    "\u007f",
    "\u00ff",
    "\u0100",
  ];
  for (const v of values)
    it(`value ${JSON.stringify(v)} as node decides`, () =>
      assert.equal(
        isHeaderValue(v),
        nodeAccepts(() => validateHeaderValue("x", v)),
      ));

  const names = ["X-Echo", "x_y", "a.b", "", "bad name", "bad:name", "\u00e9", "x\r\n"];
  for (const n of names)
    it(`name ${JSON.stringify(n)} as node decides`, () =>
      assert.equal(
        isHeaderName(n),
        nodeAccepts(() => validateHeaderName(n)),
      ));
});
