import assert from "node:assert/strict";

/** Asserts that an AWS SDK call fails with the exception `name` and, when given, AWS's exact message (or a pattern). */
export async function rejectsWith(p: Promise<unknown>, name: string, message?: string | RegExp): Promise<void> {
  await assert.rejects(p, (e: Error) => {
    assert.equal(e.name, name, e.message);
    if (typeof message === "string") assert.equal(e.message, message);
    else if (message) assert.match(e.message, message);
    return true;
  });
}
