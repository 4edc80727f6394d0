import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { encodeSecretBlock, newSecretBlockKey, parseSecretBlock, secretBlockMatches } from "./secret-block.js";
import { simulatedUser } from "./simulated-user.js";

describe("SECRET_BLOCK", () => {
  const session = "c2Vzc2lvbi1pZC1mb3ItdGVzdHM_-";
  const key = newSecretBlockKey();
  const block = encodeSecretBlock(session, key);

  it("is standard padded base64 that names its session, with a tag under the session's key", () => {
    assert.match(block, /^[A-Za-z0-9+/]+={0,2}$/);
    const parsed = parseSecretBlock(block);
    assert.equal(parsed?.sessionId, session);
    assert.equal(parsed?.tag.length, 32);
    assert.equal(secretBlockMatches(block, key), true);
  });

  it("rejects another session's key, a flipped bit anywhere, truncation, foreign and non-canonical blocks", () => {
    assert.equal(secretBlockMatches(block, newSecretBlockKey()), false);
    const raw = Buffer.from(block, "base64");
    for (let i = 0; i < raw.length; i++) {
      const edited = Buffer.from(raw);
      edited[i] = (edited[i] as number) ^ 0x40;
      assert.equal(secretBlockMatches(edited.toString("base64"), key), false, `byte ${i}`);
    }
    assert.equal(parseSecretBlock(raw.subarray(0, raw.length - 1).toString("base64")), undefined);
    assert.equal(parseSecretBlock(Buffer.alloc(48, 1).toString("base64")), undefined);
    assert.equal(parseSecretBlock(""), undefined);
    assert.equal(parseSecretBlock(undefined), undefined);
    assert.ok(block.endsWith("="));
    assert.equal(parseSecretBlock(block.replace(/=+$/, "")), undefined);
    assert.equal(secretBlockMatches(`${block}\n`, key), false);
  });
});

describe("simulated user (PreventUserExistenceErrors=ENABLED)", () => {
  it("gives the same UUID and salt for the same name and pool, different ones otherwise", () => {
    const a = simulatedUser("us-east-1_AAAAAAAAA", "Nobody");
    assert.deepEqual([a.username, a.salt], [simulatedUser("us-east-1_AAAAAAAAA", "nobody").username, simulatedUser("us-east-1_AAAAAAAAA", "nobody").salt]);
    assert.match(a.username, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(a.salt, /^[0-9a-f]{32}$/);
    assert.notEqual(simulatedUser("us-east-1_BBBBBBBBB", "nobody").salt, a.salt);
    assert.notEqual(simulatedUser("us-east-1_AAAAAAAAA", "somebody").username, a.username);
  });
});
