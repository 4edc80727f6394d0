import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatSrpTimestamp, parseSrpTimestamp } from "./timestamp.js";

describe("SRP TIMESTAMP", () => {
  it("formats like amazon-cognito-identity-js DateHelper: day unpadded, time padded, UTC", () => {
    assert.equal(formatSrpTimestamp(Date.UTC(2023, 8, 5, 9, 7, 3)), "Tue Sep 5 09:07:03 UTC 2023");
    assert.equal(formatSrpTimestamp(Date.UTC(2024, 1, 29, 23, 59, 59)), "Thu Feb 29 23:59:59 UTC 2024");
  });
  it("parses well-formed timestamps", () => {
    assert.equal(parseSrpTimestamp("Tue Sep 5 09:07:03 UTC 2023"), Date.UTC(2023, 8, 5, 9, 7, 3));
    assert.equal(parseSrpTimestamp("Sun Dec 31 00:00:00 UTC 2023"), Date.UTC(2023, 11, 31, 0, 0, 0));
  });
  const malformed: [string, unknown][] = [
    ["zero-padded day (rejected by Cognito)", "Tue Sep 05 09:07:03 UTC 2023"],
    ["wrong weekday (rejected by Cognito)", "Wed Sep 5 09:07:03 UTC 2023"],
    ["unpadded hour", "Tue Sep 5 9:07:03 UTC 2023"],
    ["other zone", "Tue Sep 5 09:07:03 GMT 2023"],
    ["lowercase names", "tue sep 5 09:07:03 UTC 2023"],
    ["non-English month", "Tue Sept 5 09:07:03 UTC 2023"],
    ["unknown month", "Tue Foo 5 09:07:03 UTC 2023"],
    ["day 31 of a 30-day month", "Sun Sep 31 09:07:03 UTC 2023"],
    ["Feb 29 of a common year", "Wed Feb 29 09:07:03 UTC 2023"],
    ["hour 24", "Tue Sep 5 24:00:00 UTC 2023"],
    ["second 60", "Tue Sep 5 09:07:60 UTC 2023"],
    ["ISO 8601", "2023-09-05T09:07:03Z"],
    ["trailing space", "Tue Sep 5 09:07:03 UTC 2023 "],
    ["two-digit year", "Tue Sep 5 09:07:03 UTC 23"],
    ["day 0", "Thu Aug 0 09:07:03 UTC 2023"],
    ["empty", ""],
    ["missing", undefined],
    ["not a string", 1693904823],
  ];
  for (const [name, value] of malformed) it(`rejects ${name}`, () => assert.equal(parseSrpTimestamp(value as string), undefined));
  it("round-trips every day of a leap year", () => {
    for (let d = 0; d < 366; d++) {
      const ms = Date.UTC(2024, 0, 1, 12, 34, 56) + d * 86_400_000;
      assert.equal(parseSrpTimestamp(formatSrpTimestamp(ms)), ms);
    }
  });
});
