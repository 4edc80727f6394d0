import { h, replaceChildren } from "./dom.js";
import { restApis } from "./endpoints.js";
import { t, times } from "./i18n.js";
import { dataTable, lines } from "./tables.js";

/** @param {string} iso */
const when = (iso) => h("time", { datetime: iso, title: times(iso).local }, times(iso).utc);

/** One method's protection on one line: type, authorizer, scopes, API key. @param {any} m */
function methodLine(m) {
  const parts = [m.authorizationType];
  if (m.authorizer) parts.push(`${m.authorizer.name || "?"} (${m.authorizer.id})`);
  if (m.scopes.length) parts.push(t("apis.method-scopes", { scopes: m.scopes.join(" ") }));
  if (m.apiKeyRequired) parts.push(t("apis.api-key"));
  return h(
    "li",
    { class: "method", "data-method": m.httpMethod },
    h("span", { class: "http-method" }, m.httpMethod),
    " ",
    h("span", { class: `auth ${m.authorizationType === "NONE" ? "open" : ""}` }, parts.join(" · ")),
    m.integration && h("span", { class: "note" }, ` → ${m.integration}`),
  );
}

/** The resource tree: indented by depth, each resource with its methods. @param {any[]} resources */
function resourceTree(resources) {
  return h(
    "ul",
    { class: "tree" },
    resources.map((r) =>
      h(
        "li",
        { "data-path": r.path, class: `depth-${Math.min(r.path === "/" ? 0 : r.path.split("/").length - 1, 8)}` },
        h("code", { class: "resource-path" }, r.path),
        r.methods.length ? h("ul", { class: "methods" }, r.methods.map(methodLine)) : h("span", { class: "note" }, ` — ${t("apis.no-methods")}`),
      ),
    ),
  );
}

/** A setting's value as short text: lists joined, absent values said so. @param {unknown} v */
const shown = (v) => (v === undefined || v === null ? t("diff.unset") : Array.isArray(v) ? v.join(" ") : typeof v === "string" ? v : JSON.stringify(v));

/**
 * Per stage, what a new deployment would change (the server compares the stage's frozen deployment with the
 * current configuration): the article's A2, "changed it, did not deploy", made visible.
 * @param {any[]} stages
 */
function pendingChanges(stages) {
  return h(
    "section",
    { class: "pending" },
    h("h3", null, t("apis.pending")),
    h("p", { class: "note" }, t("apis.pending-intro")),
    stages.map((st) => {
      if (!st.pending) return h("p", { "data-stage": st.name }, t("apis.pending-gone", { stage: st.name }));
      if (!st.pending.length) return h("p", { class: "in-sync", "data-stage": st.name }, t("apis.pending-none", { stage: st.name }));
      return h(
        "div",
        { class: "stage-diff", "data-stage": st.name },
        h("p", null, h("strong", null, t("apis.pending-count", { stage: st.name, count: st.pending.length }))),
        h(
          "div",
          { class: "table-wrap" },
          h(
            "table",
            { class: "data diff" },
            h("caption", { class: "visually-hidden" }, t("apis.pending-count", { stage: st.name, count: st.pending.length })),
            h(
              "thead",
              null,
              h(
                "tr",
                null,
                ["col.what", "col.change", "diff.deployed", "diff.current"].map((c) => h("th", { scope: "col" }, t(c))),
              ),
            ),
            h(
              "tbody",
              null,
              st.pending.map((/** @type {any} */ c) =>
                h(
                  "tr",
                  { class: `change ${c.change}`, "data-kind": c.kind, "data-target": c.target, "data-field": c.field },
                  h("td", null, `${t(`diff.kind.${c.kind}`)} `, h("code", null, c.target), c.field && [" · ", h("code", null, c.field)]),
                  h("td", null, t(`diff.${c.change}`)),
                  h(
                    "td",
                    null,
                    c.change === "added" ? "" : h("code", { class: "before" }, c.change === "removed" && c.before === undefined ? "✓" : shown(c.before)),
                  ),
                  h(
                    "td",
                    null,
                    c.change === "removed" ? "" : h("code", { class: "after" }, c.change === "added" && c.after === undefined ? "✓" : shown(c.after)),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    }),
  );
}

/** REST APIs with their resources, authorizers, stages and deployments; read only. @param {HTMLElement} main */
export async function showApis(main) {
  const { apis } = await restApis();
  replaceChildren(
    main,
    h("h1", null, t("apis.title")),
    apis.length === 0 && h("p", null, t("apis.empty")),
    apis.map((/** @type {any} */ a) =>
      h(
        "section",
        { class: "api", "aria-labelledby": `api-${a.id}`, "data-api": a.id },
        h("h2", { id: `api-${a.id}` }, a.name, " ", h("code", null, a.id)),
        a.description && h("p", null, a.description),
        h(
          "dl",
          { class: "summary" },
          h("dt", null, t("apis.endpoint")),
          h("dd", null, a.endpointTypes.join(", ") || "EDGE"),
          h("dt", null, t("apis.policy")),
          h("dd", null, t(a.hasPolicy ? "yes" : "no")),
          h("dt", null, t("col.created")),
          h("dd", null, when(a.created)),
        ),
        h("section", null, h("h3", null, t("apis.resources")), resourceTree(a.resources)),
        dataTable(
          t("apis.authorizers"),
          ["col.name", "col.id", "col.type", "col.identity-source", "col.providers"],
          a.authorizers.map((/** @type {any} */ z) => [z.name, h("code", null, z.id), z.type, h("code", null, z.identitySource ?? ""), lines(z.providerARNs)]),
        ),
        dataTable(
          t("apis.stages"),
          ["col.name", "col.deployment", "col.invoke-url", "col.variables", "col.updated"],
          a.stages.map((/** @type {any} */ st) => [
            st.name,
            h("code", null, st.deploymentId),
            h("code", null, st.invokeUrl),
            lines(Object.entries(st.variables).map(([k, v]) => `${k}=${v}`)),
            when(st.updated),
          ]),
        ),
        pendingChanges(a.stages),
        dataTable(
          t("apis.deployments"),
          ["col.id", "col.description", "col.created"],
          a.deployments.map((/** @type {any} */ d) => [h("code", null, d.id), d.description ?? "", when(d.created)]),
        ),
      ),
    ),
  );
}
