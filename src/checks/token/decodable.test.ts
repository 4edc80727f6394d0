import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkAuthHeader } from "../request/auth-header.js";
import { checkDecodable } from "./decodable.js";

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const jwt = `${b64({ kid: "k", alg: "RS256" })}.${b64({ sub: "s" })}.c2ln`;

describe("token.decodable says what was added to the token", () => {
  const cases: [string, string, string][] = [
    ["a JWT", jwt, "ok"],
    ["a space inside", jwt.replace(".", ". "), "whitespace"],
    ["a line break inside", jwt.replace(".", ".\n"), "whitespace"],
    ["quotes around it", `"${jwt}"`, "quoted"],
    ["a non-ASCII character", `${jwt}é`, "non-ascii"],
    ["two parts", jwt.split(".").slice(0, 2).join("."), "parts"],
    ["five parts (an encrypted token)", `${jwt}.a.b`, "parts"],
    ["an empty signature", `${jwt.split(".").slice(0, 2).join(".")}.`, "base64url"],
    ["standard base64 characters", `${jwt}+/`, "base64url"],
    ["a payload that is not JSON", `${b64({ alg: "RS256" })}.${Buffer.from("not json").toString("base64url")}.c2ln`, "json"],
    ["too long", `${jwt}${"A".repeat(17000)}`, "too-long"],
    ["a full-width space before it, as received (UTF-8 bytes)", `${Buffer.from("\u3000", "utf8").toString("latin1")}${jwt}`, "whitespace"],
    ["unsigned (alg none)", `${b64({ alg: "none" })}.${b64({ sub: "s" })}.`, "unsigned"],
  ];
  for (const [name, token, key] of cases) {
    it(name, () => {
      const r = checkDecodable(token);
      assert.equal(r.finding.messageKey, key);
      assert.equal(r.jwt !== undefined, key === "ok");
    });
  }
});

it("names the character a person pasted, counted from 1", () => {
  const r = checkDecodable(`ab${Buffer.from("\u3000", "utf8").toString("latin1")}cd`);
  assert.equal(r.finding.messageKey, "whitespace");
  assert.deepEqual(r.finding.params, { position: 3, char: "U+3000" });
  assert.equal(checkDecodable(`${jwt}é`).finding.params?.position, jwt.length + 1);
});

describe("request.auth-header", () => {
  const cases: [string, string | undefined, string, string | undefined][] = [
    ["missing", undefined, "missing", undefined],
    ["blank", "  ", "empty", undefined],
    ["bare token", "abc", "ok", "abc"],
    ["Bearer", "Bearer abc", "ok-bearer", "abc"],
    ["lower-case bearer", "bearer abc", "unusual-bearer", "abc"],
    ["Bearer with two spaces", "Bearer  abc", "unusual-bearer", " abc"],
    ["Bearer alone", "Bearer ", "bearer-without-token", undefined],
    ["another scheme", "JWT abc", "other-scheme", "JWT abc"],
  ];
  for (const [name, value, key, token] of cases) {
    it(name, () => {
      const r = checkAuthHeader(value === undefined ? {} : { authorization: value }, "authorization");
      assert.equal(r.finding.messageKey, key);
      assert.equal(r.token, token);
    });
  }
});
