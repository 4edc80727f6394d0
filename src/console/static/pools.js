import { h, replaceChildren } from "./dom.js";
import { userPools } from "./endpoints.js";
import { t, times } from "./i18n.js";
import { dataTable, lines, yesNo } from "./tables.js";

/** @param {string} iso */
const when = (iso) => h("time", { datetime: iso, title: times(iso).local }, times(iso).utc);

/** User pools with their app clients, users, domain, resource servers and outbox; read only. @param {HTMLElement} main */
export async function showPools(main) {
  const { pools } = await userPools();
  replaceChildren(
    main,
    h("h1", null, t("pools.title")),
    pools.length === 0 && h("p", null, t("pools.empty")),
    pools.map((/** @type {any} */ p) =>
      h(
        "section",
        { class: "pool", "aria-labelledby": `pool-${p.id}`, "data-pool": p.id },
        h("h2", { id: `pool-${p.id}` }, p.name, " ", h("code", null, p.id)),
        h(
          "dl",
          { class: "summary" },
          h("dt", null, t("pools.issuer")),
          h("dd", null, h("code", null, p.issuer)),
          h("dt", null, t("pools.mfa")),
          h("dd", null, p.mfa),
          h("dt", null, t("pools.user-count")),
          h("dd", null, String(p.userCount)),
          p.triggers.length > 0 && [h("dt", null, t("pools.triggers")), h("dd", null, p.triggers.join(", "))],
          p.domain && [h("dt", null, t("pools.hosted-ui")), h("dd", null, h("code", null, p.domain.url), ` (${p.domain.status})`)],
          h("dt", null, t("col.created")),
          h("dd", null, when(p.created)),
        ),
        dataTable(
          t("pools.clients"),
          ["col.name", "col.id", "col.secret", "col.flows", "col.scopes", "col.callbacks"],
          p.clients.map((/** @type {any} */ c) => [
            c.name,
            h("code", null, c.clientId),
            yesNo(c.hasSecret),
            lines([...c.explicitAuthFlows, ...c.allowedOAuthFlows]),
            lines(c.allowedOAuthScopes),
            lines(c.callbackUrls),
          ]),
        ),
        dataTable(
          t("pools.users"),
          ["col.user", "col.status-user", "col.enabled", "col.groups", "col.attributes", "col.created"],
          p.users.map((/** @type {any} */ u) => [
            h("code", null, u.username),
            u.status,
            yesNo(u.enabled),
            u.groups.join(", "),
            lines(u.attributes.map((/** @type {[string, string]} */ [n, v]) => `${n}=${v}`)),
            when(u.created),
          ]),
        ),
        p.users.length < p.userCount && h("p", { class: "note" }, t("pools.users-shown", { shown: p.users.length, total: p.userCount })),
        dataTable(
          t("pools.resource-servers"),
          ["col.id", "col.name", "col.scopes"],
          p.resourceServers.map((/** @type {any} */ r) => [h("code", null, r.identifier), r.name, lines(r.scopes)]),
        ),
        dataTable(
          t("pools.outbox"),
          ["col.user", "col.purpose", "col.code", "col.destination", "col.created", "col.expires", "col.used"],
          p.codes.map((/** @type {any} */ c) => [
            h("code", null, c.username),
            c.purpose,
            h("code", { class: "outbox-code" }, c.code),
            c.destination ?? "",
            when(c.created),
            when(c.expires),
            yesNo(c.used),
          ]),
        ),
      ),
    ),
  );
}
