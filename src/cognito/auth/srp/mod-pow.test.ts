import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { g, N } from "./constants.js";
import { modPowBigInt, modPowN, powG } from "./mod-pow.js";

const rand = (bytes: number) => BigInt(`0x${randomBytes(bytes).toString("hex")}`);

describe("modPowN / powG (OpenSSL through the DH API) agree with square-and-multiply", () => {
  it("random bases and exponents of many sizes", () => {
    for (let i = 1; i <= 12; i++) {
      const e = rand(i * 11);
      const x = rand(i * 33);
      assert.equal(powG(e), modPowBigInt(g, e, N));
      assert.equal(modPowN(x, e), modPowBigInt(x, e, N));
    }
  });
  it("edge bases DH refuses (0, 1, N-1, N, above N) and exponent 0", () => {
    const e = rand(32);
    for (const x of [0n, 1n, N - 1n, N, N + 5n, 2n * N + 1n]) assert.equal(modPowN(x, e), modPowBigInt(x, e, N), x.toString(16).slice(0, 8));
    assert.equal(modPowN(rand(100), 0n), 1n);
    assert.equal(powG(0n), 1n);
  });
});
