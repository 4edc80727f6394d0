import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CATALOGUES } from "../checks/messages/catalogue.js";
import { GATEWAY_CHECKS } from "../checks/registry.js";
import { resolveLang } from "./lang.js";

const placeholders = (t: string) => [...t.matchAll(/\{(\w+(?:\|\w+)?)\}/g)].map((m) => m[1]).sort();

/** Every message the doctor can print exists in English and Japanese, with the same placeholders. */
describe("message catalogues", () => {
  it("have the same keys in en and ja", () => {
    const en = Object.keys(CATALOGUES.en).sort();
    const ja = Object.keys(CATALOGUES.ja).sort();
    assert.deepEqual(
      en.filter((k) => !ja.includes(k)),
      [],
      "missing in ja",
    );
    assert.deepEqual(
      ja.filter((k) => !en.includes(k)),
      [],
      "missing in en",
    );
  });

  it("use the same placeholders in both languages", () => {
    for (const [k, t] of Object.entries(CATALOGUES.en)) {
      const ja = CATALOGUES.ja[k];
      if (ja !== undefined) assert.deepEqual(placeholders(ja), placeholders(t), k);
    }
  });

  it("have a message for every key of every gateway check, and a fix for every failure", () => {
    for (const check of GATEWAY_CHECKS)
      for (const [key, status] of Object.entries(check.messages)) {
        const k = `${check.id}.${key}`;
        assert.ok(CATALOGUES.en[k], `en ${k}`);
        assert.ok(CATALOGUES.ja[k], `ja ${k}`);
        if (status === "fail") assert.ok(CATALOGUES.en[`${k}.fix`] && CATALOGUES.ja[`${k}.fix`], `fix for ${k}`);
      }
  });

  it("follow Japanese typography: no space before 。 or 、, none after 。 inside a message", () => {
    const bad = Object.entries(CATALOGUES.ja).filter(([, t]) => /[ \t][。、]|。[ \t]+\S/.test(t) || /\) 。/.test(t));
    assert.deepEqual(
      bad.map(([k]) => k),
      [],
    );
  });

  it("choose the language from --lang, then LC_ALL, LC_MESSAGES, LANG", () => {
    assert.equal(resolveLang("en", { LANG: "ja_JP.UTF-8" }), "en");
    assert.equal(resolveLang(undefined, { LANG: "ja_JP.UTF-8" }), "ja");
    assert.equal(resolveLang(undefined, { LC_ALL: "C", LANG: "ja_JP.UTF-8" }), "en");
    assert.equal(resolveLang(undefined, { LC_ALL: "ja_JP.UTF-8", LANG: "en_US.UTF-8" }), "ja");
    assert.equal(resolveLang(undefined, {}), "en");
  });
});
