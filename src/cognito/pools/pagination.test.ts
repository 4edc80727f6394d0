import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AwsJsonError } from "../../wire/errors.js";
import { paginate } from "./pagination.js";

describe("paginate", () => {
  const all = [1, 2, 3, 4, 5];
  it("walks every item once, in order", () => {
    const seen: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const p = paginate(all, 2, token);
      seen.push(...p.items);
      token = p.nextToken;
      pages++;
    } while (token);
    assert.deepEqual(seen, all);
    assert.equal(pages, 3);
  });
  it("gives no token when the page reaches the end", () => {
    assert.equal(paginate(all, 5, undefined).nextToken, undefined);
    assert.deepEqual(paginate([], 5, undefined), { items: [] });
  });
  for (const bad of ["garbage", Buffer.from('{"offset":-1}').toString("base64url"), Buffer.from('{"offset":"1"}').toString("base64url")])
    it(`refuses the token ${bad}`, () =>
      assert.throws(
        () => paginate(all, 2, bad),
        (e: unknown) => e instanceof AwsJsonError && e.type === "InvalidParameterException",
      ));
});
