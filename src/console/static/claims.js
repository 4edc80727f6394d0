import { h } from "./dom.js";
import { asText } from "./findings.js";
import { t, times } from "./i18n.js";

const TIME_CLAIMS = new Set(["exp", "iat", "auth_time", "nbf"]);

/** A decoded JWT header or claims as a table; exp, iat, auth_time and nbf also in UTC and local time. @param {Record<string, unknown>} obj @param {string} caption */
export function claimTable(obj, caption) {
  return h(
    "table",
    { class: "claims" },
    h("caption", null, caption),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, t("claims.name")), h("th", { scope: "col" }, t("claims.value")))),
    h(
      "tbody",
      null,
      Object.entries(obj).map(([name, value]) => {
        const when = TIME_CLAIMS.has(name) && typeof value === "number" ? times(value) : undefined;
        return h(
          "tr",
          { "data-claim": name },
          h("th", { scope: "row" }, h("code", null, name)),
          h(
            "td",
            null,
            h("code", null, asText(value)),
            when && h("div", { class: "when" }, h("span", null, `${t("claims.utc")} ${when.utc}`), h("span", null, `${t("claims.local")} ${when.local}`)),
          ),
        );
      }),
    ),
  );
}
