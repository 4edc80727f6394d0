import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimSignature, claimSignatureMatches } from "./claim-signature.js";
import { SrpClient } from "./client.js";
import { N } from "./constants.js";
import { powG } from "./mod-pow.js";
import { k } from "./multiplier.js";
import { serverPremasterSecret } from "./premaster-secret.js";
import { scrambler } from "./scrambler.js";
import { verifyPasswordClaim } from "./server.js";
import { serverPublicValue } from "./server-ephemeral.js";
import { sessionKey } from "./session-key.js";
import { computeX, poolNameOf } from "./verifier.js";

/*
 * Known-answer vector: amazon-cognito-identity-js's unmodified AuthenticationHelper with a pinned `a`, against
 * an independent server computing S = (A·v^u)^b mod N; both produce these values. The parity test beside this
 * one re-derives them by running the library itself.
 */
const V = {
  userPoolId: "us-east-1_AbCdEfGhI",
  username: "janedoe",
  password: "P@ssw0rd!",
  salt: "8ce8291892390f6b53a245933faf6164",
  a: BigInt(`0x${"a1".repeat(64)}`),
  b: BigInt(`0x${"b2".repeat(32)}`),
  secretBlock: Buffer.alloc(48, 1).toString("base64"),
  timestamp: "Tue Sep 5 09:07:03 UTC 2023",
  k: "538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6",
  APrefix: "23df1c17eaa36cfdbeff857cda3a87ba",
  BPrefix: "cf7c74298dbd4445be59d8ad8bee8284",
  u: "929f65888c237dd6be52c17eca33e2e919fcd0bbee359dad24076da7f9e69ab1",
  K: "356a51af2f4ff4e4670d08b165cf7091",
  signature: "sOFhHRT7xROSQutTmCoW8tv7SKQp24d//bvSXmJgl98=",
};

function derive() {
  const v = powG(computeX(V.userPoolId, V.username, V.password, V.salt));
  const A = powG(V.a);
  const B = serverPublicValue(v, V.b);
  const u = scrambler(A, B);
  const S = serverPremasterSecret(A, v, u, V.b);
  const K = sessionKey(S, u);
  const claim = { poolName: poolNameOf(V.userPoolId), username: V.username, secretBlock: V.secretBlock, timestamp: V.timestamp };
  return { v, A, B, u, S, K, claim };
}

describe("SRP known-answer vector (amazon-cognito-identity-js ⇔ server math)", () => {
  it("k", () => assert.equal(k.toString(16), V.k));
  it("pool name is the pool id after the underscore", () => assert.equal(poolNameOf(V.userPoolId), "AbCdEfGhI"));
  it("A = g^a mod N (prefix)", () => assert.ok(derive().A.toString(16).startsWith(V.APrefix), derive().A.toString(16).slice(0, 32)));
  it("B = (k·v + g^b) mod N (prefix)", () => assert.ok(derive().B.toString(16).startsWith(V.BPrefix), derive().B.toString(16).slice(0, 32)));
  it("u", () => assert.equal(derive().u.toString(16), V.u));
  it("HKDF key K", () => assert.equal(derive().K.toString("hex"), V.K));
  it("PASSWORD_CLAIM_SIGNATURE", () => {
    const { K, claim } = derive();
    assert.equal(claimSignature(K, claim), V.signature);
    assert.ok(claimSignatureMatches(K, claim, V.signature));
  });
  it("the client side reaches the same K: (B − k·g^x)^(a + u·x) = (A·v^u)^b", () => {
    const { B, K } = derive();
    const client = new SrpClient(V.userPoolId, V.a);
    const key = client.passwordKey(V.password, { SALT: V.salt, SRP_B: B.toString(16), SECRET_BLOCK: V.secretBlock, USER_ID_FOR_SRP: V.username });
    assert.equal(key.toString("hex"), K.toString("hex"));
  });
  it("verifyPasswordClaim accepts the vector and rejects any altered field", () => {
    const { v, A, B, claim } = derive();
    const state = { A: A.toString(16), b: V.b.toString(16), B: B.toString(16), verifier: v.toString(16) };
    assert.equal(verifyPasswordClaim(state, claim, V.signature), true);
    const cases: [string, () => boolean][] = [
      ["timestamp", () => verifyPasswordClaim(state, { ...claim, timestamp: "Tue Sep 5 09:07:04 UTC 2023" }, V.signature)],
      ["secret block", () => verifyPasswordClaim(state, { ...claim, secretBlock: Buffer.alloc(48, 2).toString("base64") }, V.signature)],
      ["username", () => verifyPasswordClaim(state, { ...claim, username: "janedo" }, V.signature)],
      [
        "verifier (other password)",
        () => verifyPasswordClaim({ ...state, verifier: powG(computeX(V.userPoolId, V.username, "other", V.salt)).toString(16) }, claim, V.signature),
      ],
      ["signature", () => verifyPasswordClaim(state, claim, `${V.signature.slice(0, -2)}0=`)],
      ["truncated signature", () => verifyPasswordClaim(state, claim, V.signature.slice(0, 20))],
      ["A = N", () => verifyPasswordClaim({ ...state, A: N.toString(16) }, claim, V.signature)],
    ];
    for (const [name, run] of cases) assert.equal(run(), false, name);
  });
});
