import { h } from "./dom.js";
import { t } from "./i18n.js";

/**
 * A captioned table from column keys and rows of cells; an empty list says so instead.
 * @param {string} caption @param {string[]} columns i18n keys @param {Array<Array<Node | string | number | Array<Node | string>>>} rows
 */
export function dataTable(caption, columns, rows) {
  if (!rows.length) return h("section", null, h("h3", null, caption), h("p", { class: "note" }, t("pools.none")));
  return h(
    "section",
    null,
    h("h3", null, caption),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "data" },
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            columns.map((c) => h("th", { scope: "col" }, t(c))),
          ),
        ),
        h(
          "tbody",
          null,
          rows.map((cells) =>
            h(
              "tr",
              null,
              cells.map((cell) => h("td", null, typeof cell === "number" ? String(cell) : cell)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** @param {boolean} b */
export const yesNo = (b) => t(b ? "yes" : "no");

/** @param {string[]} list */
export const lines = (list) => list.map((x) => h("div", null, h("code", null, x)));
