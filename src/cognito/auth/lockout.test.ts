import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UserRecord } from "../../store/cognito/records.js";
import { assertNotLockedOut } from "./lockout.js";

const user = (failedSignIns: number, lastFailedSignInMs: number) => ({ failedSignIns, lastFailedSignInMs }) as UserRecord;
const locked = (u: UserRecord, now: number) => {
  try {
    assertNotLockedOut(u, now);
    return false;
  } catch (e) {
    assert.equal((e as Error).message, "Password attempts exceeded");
    return true;
  }
};

// Developer Guide, "Lockout behavior for failed sign-in attempts": 2^(n-5) s after n ≥ 5 failures, capped near 15 min.
describe("assertNotLockedOut", () => {
  const cases: [failures: number, secondsSinceLast: number, expected: boolean][] = [
    [4, 0, false],
    [5, 0, true],
    // A full second, not "until the clock's next whole second".
    [5, 0.999, true],
    [5, 1, false],
    [6, 1, true],
    [6, 2, false],
    [10, 31, true],
    [10, 32, false],
    [20, 899, true],
    // 15 quiet minutes forget every failure.
    [20, 900, false],
  ];
  for (const [n, since, expected] of cases)
    it(`${n} failures, ${since} s later: ${expected ? "locked" : "open"}`, () => assert.equal(locked(user(n, 1_000_500), 1_000_500 + since * 1000), expected));
});
