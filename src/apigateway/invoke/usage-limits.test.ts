import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { quotaPeriod, UsageLimits } from "./usage-limits.js";

describe("usage plan limits", () => {
  it("weeks start on Sunday, or offset days later; months are calendar months (UTC)", () => {
    // 1970-01-03 was a Saturday, 1970-01-04 a Sunday.
    assert.equal(quotaPeriod(Date.UTC(1970, 0, 3, 23), "WEEK"), 0);
    assert.equal(quotaPeriod(Date.UTC(1970, 0, 4), "WEEK"), 1);
    assert.equal(quotaPeriod(Date.UTC(1970, 0, 4), "WEEK", 1), 0);
    assert.equal(quotaPeriod(Date.UTC(1970, 0, 5), "WEEK", 1), 1);
    assert.notEqual(quotaPeriod(Date.UTC(2026, 0, 31, 23), "MONTH"), quotaPeriod(Date.UTC(2026, 1, 1), "MONTH"));
    assert.equal(quotaPeriod(Date.UTC(2026, 10, 26, 23, 59), "DAY"), quotaPeriod(Date.UTC(2026, 10, 26), "DAY"));
  });

  it("a throttled request does not count toward the quota", () => {
    const limits = new UsageLimits();
    const plan = { id: "p", throttle: { rateLimit: 1, burstLimit: 1 }, quota: { limit: 2, period: "DAY" } };
    assert.equal(limits.take(plan, "k", 0), undefined);
    assert.equal(limits.take(plan, "k", 10), "throttled");
    assert.equal(limits.take(plan, "k", 1010), undefined);
    assert.equal(limits.take(plan, "k", 2020), "quota-exceeded");
  });
});
