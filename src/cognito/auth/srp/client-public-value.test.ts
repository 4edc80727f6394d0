import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseSrpA } from "./client-public-value.js";
import { N } from "./constants.js";

describe("SRP_A parsing", () => {
  it("accepts unpadded lowercase or uppercase hex", () => {
    assert.equal(parseSrpA("abc"), 0xabcn);
    assert.equal(parseSrpA("ABC"), 0xabcn);
  });
  const bad: [string, unknown][] = [
    ["0 (A mod N = 0)", "0"],
    ["N (A mod N = 0)", N.toString(16)],
    ["2N (A mod N = 0)", (2n * N).toString(16)],
    ["non-hex", "xyz"],
    ["0x prefix", "0x1234"],
    ["negative", "-1234"],
    ["empty", ""],
    ["missing", undefined],
    ["absurdly long", "f".repeat(5000)],
  ];
  for (const [name, value] of bad) it(`rejects ${name}`, () => assert.equal(parseSrpA(value as string), undefined));
});
