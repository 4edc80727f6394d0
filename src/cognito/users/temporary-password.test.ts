import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { checkPasswordPolicy } from "./password.js";
import { generateTemporaryPassword } from "./temporary-password.js";

describe("generated temporary passwords", () => {
  it("satisfy the strictest policy, at the policy's length", () => {
    const policy = {
      MinimumLength: 20,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 7,
    };
    for (let i = 0; i < 200; i++) {
      const p = generateTemporaryPassword(policy, randomBytes);
      assert.equal(p.length, 20);
      assert.doesNotThrow(() => checkPasswordPolicy(policy, p), p);
    }
  });

  it("are at least 12 characters and follow the injected randomness", () => {
    const policy = {
      MinimumLength: 6,
      RequireUppercase: false,
      RequireLowercase: false,
      RequireNumbers: false,
      RequireSymbols: false,
      TemporaryPasswordValidityDays: 7,
    };
    const fixed = (n: number) => Buffer.alloc(n, 7);
    assert.equal(generateTemporaryPassword(policy, fixed).length, 12);
    assert.equal(generateTemporaryPassword(policy, fixed), generateTemporaryPassword(policy, fixed));
  });
});
