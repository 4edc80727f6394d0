import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { claimSignature } from "./claim-signature.js";
import { powG } from "./mod-pow.js";
import { k } from "./multiplier.js";
import { padHex } from "./pad-hex.js";
import { startPasswordVerifier, verifyPasswordClaim } from "./server.js";
import { serverPublicValue } from "./server-ephemeral.js";
import { formatSrpTimestamp, parseSrpTimestamp } from "./timestamp.js";
import { computeX, makeVerifier, poolNameOf } from "./verifier.js";

/*
 * Parity with the reference client: amazon-cognito-identity-js's own AuthenticationHelper (its CommonJS build,
 * unmodified) drives the server functions poolgate uses. If the library and poolgate ever disagree on a
 * single byte of k, A, u, x, S or the HKDF, these fail.
 */
const require = createRequire(import.meta.url);
const AuthenticationHelper = require("amazon-cognito-identity-js/lib/AuthenticationHelper.js").default;
const BigInteger = require("amazon-cognito-identity-js/lib/BigInteger.js").default;
const DateHelper = require("amazon-cognito-identity-js/lib/DateHelper.js").default;

const poolId = "eu-west-1_Zx9Yw8Vu7";

function helperKey(helper: any, username: string, password: string, B: string, salt: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    helper.getPasswordAuthenticationKey(username, password, new BigInteger(B, 16), new BigInteger(salt, 16), (err: unknown, hkdf: Buffer) =>
      err ? reject(err) : resolve(Buffer.from(hkdf)),
    ),
  );
}

function helperA(helper: any): Promise<string> {
  return new Promise((resolve, reject) => helper.getLargeAValue((err: unknown, A: any) => (err ? reject(err) : resolve(A.toString(16)))));
}

describe("parity with amazon-cognito-identity-js AuthenticationHelper", () => {
  it("DateHelper's timestamp is the one poolgate formats for the same second", () => {
    const before = Date.now();
    const text: string = new DateHelper().getNowString();
    const after = Date.now();
    assert.ok([before, after].map(formatSrpTimestamp).includes(text), text);
  });

  it("same k and padHex", () => {
    const helper = new AuthenticationHelper(poolNameOf(poolId));
    assert.equal(helper.k.toString(16), k.toString(16));
    for (const n of [0x7fn, 0x80n, 0xabcn, 0x0123n, 2n ** 255n, 2n ** 256n - 1n]) assert.equal(padHex(n), helper.padHex(new BigInteger(n.toString(16), 16)));
  });

  for (const [username, password] of [
    ["janedoe", "P@ssw0rd!"],
    ["3f2c8a4e-1b2d-4c5e-9f00-112233445566", "Unicodé-パスワード-1"],
    ["Mixed.Case+tag@example.com", "x"],
  ]) {
    it(`a library client signs in against the server math (${username})`, async () => {
      const { salt, verifier } = makeVerifier(poolId, username, password);
      const helper = new AuthenticationHelper(poolNameOf(poolId));
      const A = BigInt(`0x${await helperA(helper)}`);
      const state = startPasswordVerifier(A, verifier);
      const K = await helperKey(helper, username, password, state.B, salt);
      const secretBlock = Buffer.from(`opaque-${username}`).toString("base64");
      const timestamp: string = new DateHelper().getNowString();
      assert.ok(parseSrpTimestamp(timestamp) !== undefined, timestamp);
      const claim = { poolName: poolNameOf(poolId), username, secretBlock, timestamp };
      // The signature exactly as CognitoUser.authenticateUserDefaultAuth builds it from the helper's key.
      const signature = claimSignature(K, claim);
      assert.equal(verifyPasswordClaim(state, claim, signature), true);
      const wrongK = await helperKey(new AuthenticationHelper(poolNameOf(poolId)), username, `${password}!`, state.B, salt);
      assert.equal(verifyPasswordClaim(state, claim, claimSignature(wrongK, claim)), false);
    });
  }

  it("the library reproduces the known-answer K with the pinned a", async () => {
    const helper = new AuthenticationHelper("AbCdEfGhI");
    helper.smallAValue = new BigInteger("a1".repeat(64), 16);
    helper.largeAValue = undefined;
    assert.ok((await helperA(helper)).startsWith("23df1c17eaa36cfdbeff857cda3a87ba"));
    const v = powG(computeX("us-east-1_AbCdEfGhI", "janedoe", "P@ssw0rd!", "8ce8291892390f6b53a245933faf6164"));
    const K = await helperKey(
      helper,
      "janedoe",
      "P@ssw0rd!",
      serverPublicValue(v, BigInt(`0x${"b2".repeat(32)}`)).toString(16),
      "8ce8291892390f6b53a245933faf6164",
    );
    assert.equal(K.toString("hex"), "356a51af2f4ff4e4670d08b165cf7091");
  });
});
