import { h, replaceChildren } from "./dom.js";
import { createTestUser, userPools } from "./endpoints.js";
import { t, times } from "./i18n.js";
import { dataTable, lines, yesNo } from "./tables.js";

/** @param {string} iso */
const when = (iso) => h("time", { datetime: iso, title: times(iso).local }, times(iso).utc);

/** A read-only token box with a copy button. @param {string} id @param {string} label @param {string} value */
function copyable(id, label, value) {
  const status = h("span", { class: "copy-status", role: "status", "aria-live": "polite" });
  return h(
    "div",
    { class: "copyable" },
    h("label", { for: id }, label),
    // Tokens wrap in a box; a username or password fits on one line.
    value.length > 80
      ? h("textarea", { id, readonly: true, rows: 4, spellcheck: "false", value })
      : h("input", { id, type: "text", readonly: true, spellcheck: "false", value }),
    h(
      "button",
      {
        type: "button",
        id: `copy-${id}`,
        onclick: async () => {
          try {
            await navigator.clipboard.writeText(value);
            status.textContent = t("detail.copied");
          } catch {
            status.textContent = t("detail.copy-failed");
          }
        },
      },
      t("test-user.copy", { what: label }),
    ),
    status,
  );
}

/**
 * "Create a test user and copy its tokens": the console's one action that changes state. The server creates a
 * confirmed user with a generated password through Cognito's own operations and signs it in.
 * @param {any} p the pool
 */
function testUserForm(p) {
  if (!p.clients.length) return h("section", { class: "test-user" }, h("h3", null, t("test-user.title")), h("p", { class: "note" }, t("test-user.no-clients")));
  const selectId = `test-user-client-${p.id}`;
  const select = /** @type {HTMLSelectElement} */ (
    h(
      "select",
      { id: selectId, name: "clientId" },
      p.clients.map((/** @type {any} */ c) => h("option", { value: c.clientId }, `${c.name} (${c.clientId})`)),
    )
  );
  const result = h("div", { class: "test-user-result", "aria-live": "polite" });
  const button = /** @type {HTMLButtonElement} */ (h("button", { type: "submit", class: "test-user-submit" }, t("test-user.submit")));
  return h(
    "section",
    { class: "test-user" },
    h("h3", null, t("test-user.title")),
    h("p", { class: "note" }, t("test-user.intro")),
    h(
      "form",
      {
        onsubmit: async (/** @type {Event} */ e) => {
          e.preventDefault();
          button.disabled = true;
          replaceChildren(result, h("p", null, t("test-user.working")));
          try {
            const u = await createTestUser(p.id, select.value);
            replaceChildren(
              result,
              h(
                "p",
                { class: "created" },
                u.challenge
                  ? t("test-user.challenge", { username: u.username, challenge: u.challenge })
                  : t("test-user.created", { username: u.username, flow: u.authFlow }),
              ),
              copyable(`test-user-username-${p.id}`, t("test-user.username"), u.username),
              copyable(`test-user-password-${p.id}`, t("test-user.password"), u.password),
              u.idToken && copyable(`test-user-id-token-${p.id}`, t("test-user.id-token"), u.idToken),
              u.accessToken && copyable(`test-user-access-token-${p.id}`, t("test-user.access-token"), u.accessToken),
              u.accessToken &&
                h(
                  "button",
                  {
                    type: "button",
                    class: "test-user-inspect",
                    onclick: async () => {
                      (await import("./token.js")).pasteToken(u.accessToken);
                      location.hash = "#/token";
                    },
                  },
                  t("test-user.inspect"),
                ),
            );
          } catch (err) {
            replaceChildren(result, h("p", { role: "alert" }, t("test-user.failed", { error: err instanceof Error ? err.message : String(err) })));
          } finally {
            button.disabled = false;
          }
        },
      },
      h("label", { for: selectId }, t("test-user.client")),
      select,
      button,
    ),
    result,
  );
}

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
        testUserForm(p),
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
