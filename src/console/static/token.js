import { claimTable } from "./claims.js";
import { h, replaceChildren } from "./dom.js";
import { inspectToken } from "./endpoints.js";
import { findingList } from "./findings.js";
import { lang, t, times } from "./i18n.js";

/**
 * Which deployed methods would take the token: one row per Cognito-protected method of each stage, with the
 * status its authorizer would answer and, for a refusal, the check that refuses.
 * @param {any[]} methods
 */
function methodVerdicts(methods) {
  const accepted = methods.filter((m) => m.decision === "allow").length;
  return h(
    "section",
    { class: "verdicts", "aria-labelledby": "token-methods-h" },
    h("h2", { id: "token-methods-h" }, t("token.methods")),
    h("p", { class: "note" }, t("token.methods-intro")),
    methods.length === 0
      ? h("p", null, t("token.methods-none"))
      : [
          h("p", { class: "count" }, t("token.methods-count", { accepted, total: methods.length })),
          h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", id: "token-methods" },
              h("caption", { class: "visually-hidden" }, t("token.methods")),
              h(
                "thead",
                null,
                h(
                  "tr",
                  null,
                  ["col.api", "col.method", "col.scopes", "col.verdict", "col.check"].map((c) => h("th", { scope: "col" }, t(c))),
                ),
              ),
              h(
                "tbody",
                null,
                methods.map((m) =>
                  h(
                    "tr",
                    {
                      class: m.decision === "allow" ? "accepts" : "refuses",
                      "data-method": `${m.apiId}/${m.stage} ${m.httpMethod} ${m.path}`,
                    },
                    h("td", null, `${m.apiName} `, h("code", null, `${m.apiId}/${m.stage}`)),
                    h("td", null, h("code", null, `${m.httpMethod} ${m.path}`)),
                    h(
                      "td",
                      null,
                      m.scopes.map((/** @type {string} */ x) => h("div", null, h("code", null, x))),
                    ),
                    h(
                      "td",
                      null,
                      h("span", { class: `badge ${m.decision === "allow" ? "pass" : "fail"}` }, t(m.decision === "allow" ? "token.accepts" : "token.refuses")),
                      ` ${m.status}`,
                    ),
                    h("td", null, m.cause && [h("code", { class: "check-id" }, m.cause.id), h("div", { class: "message" }, m.cause.message)]),
                  ),
                ),
              ),
            ),
          ),
        ],
  );
}

/**
 * Opens the view with a token already in the box (the test-user action's "inspect" button).
 * @param {string} token
 */
export function pasteToken(token) {
  last = { token, method: "any", scopes: "" };
}

/** What was pasted last, kept across a language switch (in memory only, never stored). */
let last = { token: "", method: "any", scopes: "" };

/** Paste a token; the server runs the gateway's token checks on it. @param {HTMLElement} main */
export function showToken(main) {
  const input = /** @type {HTMLTextAreaElement} */ (
    h("textarea", { id: "token-input", name: "token", rows: 6, spellcheck: "false", autocomplete: "off", required: true })
  );
  input.value = last.token;
  const scopes = /** @type {HTMLInputElement} */ (
    h("input", { id: "token-scopes", name: "scopes", type: "text", autocomplete: "off", value: last.scopes, disabled: last.method !== "scopes" })
  );
  // Which method the token is meant for decides token.kind-for-scopes: none named, one without scopes, one with these.
  const method = /** @type {HTMLSelectElement} */ (
    h(
      "select",
      {
        id: "token-method",
        name: "method",
        onchange: () => {
          scopes.disabled = method.value !== "scopes";
        },
      },
      ["any", "none", "scopes"].map((v) => h("option", { value: v }, t(`token.method.${v}`))),
    )
  );
  method.value = last.method;
  const result = h("div", { id: "token-result", "aria-live": "polite" });

  async function inspect() {
    last = { token: input.value, method: method.value, scopes: scopes.value };
    if (!input.value.trim()) return;
    const wanted = method.value === "any" ? undefined : method.value === "none" ? [] : scopes.value.split(/[\s,]+/).filter(Boolean);
    try {
      const answer = await inspectToken(input.value, wanted, lang());
      replaceChildren(
        result,
        h("h2", null, t("token.findings")),
        h("p", { class: "note" }, t("token.judged", { time: `${times(answer.now).utc} · ${times(answer.now).local}` })),
        findingList(answer.findings),
        methodVerdicts(answer.methods ?? []),
        answer.header && claimTable(answer.header, t("token.header")),
        answer.payload && claimTable(answer.payload, t("token.claims")),
      );
    } catch {
      replaceChildren(result, h("p", { role: "alert" }, t("token.error")));
    }
  }

  replaceChildren(
    main,
    h("h1", null, t("token.title")),
    h("p", { class: "intro" }, t("token.intro")),
    h(
      "form",
      {
        class: "token-form",
        onsubmit: (/** @type {Event} */ e) => {
          e.preventDefault();
          inspect();
        },
      },
      h("label", { for: "token-input" }, t("token.label")),
      input,
      h("label", { for: "token-method" }, t("token.method")),
      method,
      h("label", { for: "token-scopes" }, t("token.scopes")),
      scopes,
      h("button", { type: "submit", id: "token-submit" }, t("token.submit")),
    ),
    result,
  );
  if (last.token) inspect();
}
