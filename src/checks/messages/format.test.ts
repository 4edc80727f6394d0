import assert from "node:assert/strict";
import { test } from "node:test";
import { message } from "./catalogue.js";
import { formatValue } from "./format.js";

const EXP = 1796487848; // 2026-12-05T16:24:08Z

test("times show UTC and the reader's local time, in each language", () => {
  assert.equal(formatValue("en", "time", EXP, "UTC"), "2026-12-05 16:24:08 UTC");
  assert.equal(formatValue("en", "time", EXP, "Asia/Tokyo"), "2026-12-05 16:24:08 UTC (2026-12-06 01:24:08 GMT+9)");
  assert.equal(formatValue("ja", "time", EXP, "Asia/Tokyo"), "2026-12-05 16:24:08 UTC（日本時間 2026-12-06 01:24:08）");
  assert.equal(formatValue("en", "time", "2026-12-05T16:24:08Z", "UTC"), "2026-12-05 16:24:08 UTC", "ISO input too");
  assert.equal(formatValue("en", "time", "-", "UTC"), "-", "a missing claim stays as it is");
});

test("a catalogue placeholder names its format", () => {
  const text = message("ja", "token.not-expired.ok", { left: 60, exp: EXP }, "Asia/Tokyo");
  assert.ok(text.includes("日本時間 2026-12-06 01:24:08"), text);
  assert.ok(!text.includes(String(EXP)), "no epoch seconds in the sentence");
});

test("a pasted character is named in the reader's language", () => {
  assert.equal(
    message("en", "token.decodable.whitespace", { position: 1, char: "U+3000" }),
    "The token contains whitespace: U+3000 (ideographic space) at character 1.",
  );
  assert.equal(
    message("ja", "token.decodable.whitespace", { position: 1, char: "U+3000" }),
    "トークンに空白が含まれています: 1 文字目の U+3000（全角スペース）。",
  );
});

test("scopes read as a list, and none as 'no scopes' (never [] or [-])", () => {
  assert.equal(formatValue("en", "scopes", "a b"), "scopes [a b]");
  assert.equal(formatValue("en", "scopes", ""), "no scopes");
  assert.equal(formatValue("en", "scopes", "-"), "no scopes");
  assert.equal(formatValue("ja", "scopes", ""), "スコープなし");
});

test("an argument placeholder shows the id when known and <kebab-name> otherwise", () => {
  assert.equal(
    message("en", "api.deployed.scopes-changed.fix", { stage: "dev", apiId: "a1b2c3d4e5" }).includes("--rest-api-id a1b2c3d4e5 --stage-name dev"),
    true,
  );
  assert.equal(message("en", "api.deployed.scopes-changed.fix", { stage: "dev" }).includes("--rest-api-id <api-id> --stage-name dev"), true);
  assert.match(message("ja", "request.auth-header.identity-source-repeated.fix", { meant: "m" }), /--authorizer-id <authorizer-id>/);
});
