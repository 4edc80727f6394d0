import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CATALOGUES, message } from "./messages/catalogue.js";
import { authorizer as enAuthorizer } from "./messages/en/authorizer.js";
import { request as enRequest } from "./messages/en/request.js";
import { token as enToken } from "./messages/en/token.js";
import { authorizer as jaAuthorizer } from "./messages/ja/authorizer.js";
import { request as jaRequest } from "./messages/ja/request.js";
import { token as jaToken } from "./messages/ja/token.js";
import { GATEWAY_CHECKS } from "./registry.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("check message catalogues", () => {
  for (const check of GATEWAY_CHECKS) {
    it(`${check.id}: every message key has en and ja text, and a fix when it can fail or warn`, () => {
      for (const [key, status] of Object.entries(check.messages)) {
        for (const lang of ["en", "ja"] as const) {
          assert.ok(CATALOGUES[lang][`${check.id}.${key}`], `${lang} lacks ${check.id}.${key}`);
          if (status === "fail" || status === "warn") assert.ok(CATALOGUES[lang][`${check.id}.${key}.fix`], `${lang} lacks ${check.id}.${key}.fix`);
        }
        assert.deepEqual(
          placeholders(CATALOGUES.ja[`${check.id}.${key}`]),
          placeholders(CATALOGUES.en[`${check.id}.${key}`]),
          `placeholders of ${check.id}.${key}`,
        );
      }
    });
  }

  it("the token, authorizer and request catalogues hold only keys some check uses, identically in en and ja", () => {
    const used = new Set(GATEWAY_CHECKS.flatMap((c) => Object.keys(c.messages).flatMap((k) => [`${c.id}.${k}`, `${c.id}.${k}.fix`])));
    const en = { ...enToken, ...enAuthorizer, ...enRequest };
    const ja = { ...jaToken, ...jaAuthorizer, ...jaRequest };
    for (const key of Object.keys(en)) assert.ok(used.has(key), `unused key ${key}`);
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
  });

  it("renders placeholders", () => {
    assert.equal(message("en", "token.decodable.parts", { count: 2 }), "The token has 2 dot-separated parts; a JWT has 3.");
    assert.equal(message("ja", "token.decodable.parts", { count: 2 }), "トークンはドットで 2 個に分かれています。JWT は 3 個です。");
  });
});
