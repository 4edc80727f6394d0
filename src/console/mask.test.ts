import assert from "node:assert/strict";
import { test } from "node:test";
import { maskedHeaders, maskSecret } from "./mask.js";

test("secrets keep their scheme and a prefix only", () => {
  const cases: [string, string][] = [
    ["Bearer eyJraWQiOiJhYmMiLCJhbGciOiJSUzI1NiJ9.e30.sig", "Bearer eyJraWQi… (44 chars)"],
    ["eyJraWQiOiJhYmMiLCJhbGciOiJSUzI1NiJ9.e30.sig", "eyJraWQi… (44 chars)"],
    ["short", "•••••"],
    ["Bearer ", "Bearer "],
  ];
  for (const [input, want] of cases) assert.equal(maskSecret(input), want, input);
});

test("only credential headers are masked", () => {
  const raw = ["Host", "a.example", "Authorization", "Bearer abcdefghijklmnop", "x-api-key", "0123456789abcdef", "Cookie", "session=s3cr3tvalue"];
  assert.deepEqual(maskedHeaders(raw), [
    "Host",
    "a.example",
    "Authorization",
    "Bearer abcdefgh… (16 chars)",
    "x-api-key",
    "01234567… (16 chars)",
    "Cookie",
    "session=… (19 chars)",
  ]);
  assert.equal(raw[3], "Bearer abcdefghijklmnop", "the request's own list is left alone");
});
