import { claimTable } from "./claims.js";
import { doctorCommand } from "./doctor-command.js";
import { h, replaceChildren } from "./dom.js";
import { captureOf, capturesOf, checkMessages, recentRequests } from "./endpoints.js";
import { findingList, render } from "./findings.js";
import { lang, t, times } from "./i18n.js";

/**
 * @typedef {{ time: string, requestId: string, method: string, path: string, apiId: string, stage: string,
 *   status: number, decision: string, checks: { id: string, status: "pass" | "fail" | "warn" | "skip", messageKey: string }[],
 *   cause?: { id: string, messageKey: string, actual?: unknown, expected?: unknown } }} InvocationRecord
 */

/** New invocations show within a second: the records are polled (they live in memory, the answer is small). */
const POLL_MS = 700;

/** @type {Record<string, Record<string, string>>} */
const catalogues = {};
const catalogue = async () => {
  catalogues[lang()] ??= await checkMessages(lang());
  return catalogues[lang()];
};

/** The filters survive re-renders and language switches. */
const filters = { status: "", api: "", check: "" };

/** @param {InvocationRecord} r */
const statusClass = (r) => (r.status >= 500 ? "s5" : r.status >= 400 ? "s4" : "s2");

/** @param {InvocationRecord} r */
const passes = (r) =>
  (!filters.status || String(r.status) === filters.status) &&
  (!filters.api || `${r.apiId}/${r.stage}` === filters.api) &&
  (!filters.check || r.cause?.id === filters.check);

/**
 * Parameters the console can give a message from what the record and the token show; render() leaves the rest
 * out where the sentence allows.
 * @param {InvocationRecord} r @param {{ payload: Record<string, unknown>, header: Record<string, unknown> } | undefined} token
 */
function knownParams(r, token) {
  const p = token?.payload ?? {};
  const iso = (/** @type {unknown} */ v) => (typeof v === "number" ? times(v).utc : undefined);
  return {
    apiId: r.apiId,
    stage: r.stage,
    method: r.method,
    path: r.path.slice(r.stage.length + 1) || "/",
    header: "Authorization",
    alg: token?.header.alg,
    kid: token?.header.kid,
    iss: p.iss,
    exp: iso(p.exp),
    now: times(r.time).utc,
    ago: typeof p.exp === "number" ? Math.floor(Date.parse(r.time) / 1000) - p.exp : undefined,
    left: typeof p.exp === "number" ? p.exp - Math.floor(Date.parse(r.time) / 1000) : undefined,
    tokenUse: p.token_use,
    poolId: typeof p.iss === "string" ? p.iss.split("/").pop() : undefined,
    client: p.aud ?? p.client_id,
    subject: p["cognito:username"] ?? p.username ?? p.sub,
    authTime: p.auth_time,
    tokenScopes: p.scope,
  };
}

/**
 * Captures of refused requests, by request id, for their one-line messages (a capture never changes; null when
 * the server no longer has it).
 * @type {Map<string, { token?: { payload: Record<string, unknown>, header: Record<string, unknown> } } | null>}
 */
const captured = new Map();

/** @param {InvocationRecord[]} records */
async function captureRefusals(records) {
  const missing = records
    .filter((r) => r.cause && !captured.has(r.requestId))
    .map((r) => r.requestId)
    .slice(0, 100);
  if (!missing.length) return;
  const found = await capturesOf(missing);
  for (const id of missing) captured.set(id, found[id] ?? null);
}

/** @param {Record<string, string>} messages @param {InvocationRecord} r */
const causeLine = (messages, r) =>
  r.cause ? (render(messages, `${r.cause.id}.${r.cause.messageKey}`, knownParams(r, captured.get(r.requestId)?.token)) ?? "") : "";

/** @param {HTMLSelectElement} select @param {string[]} values @param {"status" | "api" | "check"} name */
function fillSelect(select, values, name) {
  const wanted = [filters[name], ...values.filter((v) => v !== filters[name])].filter(Boolean).sort();
  const have = [...select.options].slice(1).map((o) => o.value);
  if (have.join("\n") === wanted.join("\n")) return;
  select.replaceChildren(h("option", { value: "" }, t("filter.all")), ...wanted.map((v) => h("option", { value: v }, v)));
  select.value = filters[name];
}

/** The landing page: the live list with its filters. Returns a function that stops the polling. @param {HTMLElement} main */
export function showRequests(main) {
  /** @param {"status" | "api" | "check"} name */
  const select = (name) =>
    /** @type {HTMLSelectElement} */ (
      h("select", {
        id: `filter-${name}`,
        name,
        onchange: (/** @type {Event} */ e) => {
          filters[name] = /** @type {HTMLSelectElement} */ (e.target).value;
          draw();
        },
      })
    );
  const selects = { status: select("status"), api: select("api"), check: select("check") };
  const count = h("p", { class: "count", role: "status", "aria-live": "polite" });
  const body = h("tbody", { id: "request-rows" });
  const table = h(
    "table",
    { class: "requests" },
    h("caption", { class: "visually-hidden" }, t("requests.title")),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        ["col.time", "col.method", "col.path", "col.api", "col.status", "col.cause"].map((k) => h("th", { scope: "col" }, t(k))),
      ),
    ),
    body,
  );
  replaceChildren(
    main,
    h("h1", null, t("requests.title")),
    h("p", { class: "intro" }, t("requests.intro")),
    h(
      "form",
      { class: "filters", role: "search", onsubmit: (/** @type {Event} */ e) => e.preventDefault() },
      ["status", "api", "check"].map((name) =>
        h("label", null, h("span", null, t(`filter.${name}`)), selects[/** @type {"status" | "api" | "check"} */ (name)]),
      ),
    ),
    count,
    h("div", { class: "table-wrap" }, table),
  );

  /** @type {InvocationRecord[]} */
  let records = [];
  /** @type {Record<string, string>} */
  let messages = {};
  let drawn = "";
  let stopped = false;
  /** One row per request, built once per language. @type {Map<string, HTMLElement>} */
  const rows = new Map();
  let rowsLang = lang();

  function draw() {
    fillSelect(selects.status, [...new Set(records.map((r) => String(r.status)))], "status");
    fillSelect(selects.api, [...new Set(records.map((r) => `${r.apiId}/${r.stage}`))], "api");
    fillSelect(selects.check, [...new Set(records.flatMap((r) => (r.cause ? [r.cause.id] : [])))], "check");
    const shown = records.filter(passes);
    const key = `${lang()}|${filters.status}|${filters.api}|${filters.check}|${shown.map((r) => r.requestId).join(",")}`;
    if (key === drawn) return;
    drawn = key;
    count.textContent = records.length ? t("requests.count", { shown: shown.length, total: records.length }) : t("requests.empty");
    if (rowsLang !== lang()) rows.clear();
    rowsLang = lang();
    const live = new Set(records.map((r) => r.requestId));
    for (const id of rows.keys()) if (!live.has(id)) rows.delete(id);
    // Rows already on the page stay where they are (new ones go in before them), so focus and selection survive.
    let cursor = body.firstChild;
    for (const r of shown) {
      let tr = rows.get(r.requestId);
      if (!tr) {
        tr = row(r);
        rows.set(r.requestId, tr);
      }
      if (tr === cursor) cursor = cursor.nextSibling;
      else body.insertBefore(tr, cursor);
    }
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
  }

  /** @param {InvocationRecord} r */
  function row(r) {
    return h(
      "tr",
      { class: statusClass(r), "data-request-id": r.requestId },
      h("td", { "data-label": t("col.time") }, h("time", { datetime: r.time, title: times(r.time).utc }, new Date(r.time).toLocaleTimeString())),
      h("td", { "data-label": t("col.method") }, r.method),
      h("td", { "data-label": t("col.path") }, h("a", { href: `#/requests/${encodeURIComponent(r.requestId)}` }, r.path)),
      h("td", { "data-label": t("col.api") }, `${r.apiId} / ${r.stage}`),
      h("td", { "data-label": t("col.status") }, h("span", { class: `code ${statusClass(r)}` }, String(r.status))),
      h(
        "td",
        { "data-label": t("col.cause"), class: "cause" },
        r.cause ? [h("code", { class: "check-id" }, r.cause.id), " ", h("span", null, causeLine(messages, r))] : "",
      ),
    );
  }

  async function poll() {
    if (stopped) return;
    try {
      [records, messages] = await Promise.all([recentRequests(), catalogue()]);
      await captureRefusals(records);
      draw();
    } catch {
      count.textContent = t("requests.paused");
      drawn = "";
    }
    if (!stopped) setTimeout(poll, POLL_MS);
  }
  poll();
  return () => {
    stopped = true;
  };
}

/** One invocation: its steps, headers and token. @param {HTMLElement} main @param {string} requestId */
export async function showRequest(main, requestId) {
  const [records, messages, capture] = await Promise.all([recentRequests(), catalogue(), captureOf(requestId)]);
  /** @type {InvocationRecord | undefined} */
  const r = records.find((/** @type {InvocationRecord} */ x) => x.requestId === requestId);
  const back = h("p", null, h("a", { href: "#/requests" }, `← ${t("detail.back")}`));
  if (!r) {
    replaceChildren(main, back, h("p", { role: "alert" }, t("detail.missing")));
    return;
  }
  const params = knownParams(r, capture?.token);
  const findings = r.checks.map((c) => {
    const key = `${c.id}.${c.messageKey}`;
    const isCause = r.cause?.id === c.id && r.cause.messageKey === c.messageKey;
    return {
      id: c.id,
      status: c.status,
      message: render(messages, key, params) ?? key,
      fix: c.status === "fail" || c.status === "warn" ? render(messages, `${key}.fix`, params) : undefined,
      actual: isCause ? r.cause?.actual : undefined,
      expected: isCause ? r.cause?.expected : undefined,
      cause: isCause,
    };
  });
  const when = times(r.time);
  const command = capture ? doctorCommand(r, capture, location.protocol) : undefined;
  const copyStatus = h("span", { class: "copy-status", role: "status", "aria-live": "polite" });
  replaceChildren(
    main,
    back,
    h("h1", null, h("span", { class: `code ${statusClass(r)}` }, String(r.status)), " ", t("detail.title", { method: r.method, path: r.path })),
    h(
      "section",
      { "aria-labelledby": "summary-h" },
      h("h2", { id: "summary-h", class: "visually-hidden" }, t("detail.summary")),
      h(
        "dl",
        { class: "summary" },
        h("dt", null, t("detail.time")),
        h("dd", null, h("time", { datetime: r.time }, `${when.utc} · ${when.local}`)),
        h("dt", null, t("col.api")),
        h("dd", null, `${r.apiId} / ${r.stage}`),
        h("dt", null, t("detail.decision")),
        h("dd", null, r.decision),
        h("dt", null, t("detail.request-id")),
        h("dd", null, h("code", null, r.requestId)),
      ),
      command &&
        h(
          "div",
          { class: "copy" },
          h(
            "button",
            {
              type: "button",
              id: "copy-doctor",
              onclick: async () => {
                try {
                  await navigator.clipboard.writeText(command);
                  copyStatus.textContent = t("detail.copied");
                } catch {
                  copyStatus.textContent = t("detail.copy-failed");
                }
              },
            },
            t("detail.copy"),
          ),
          copyStatus,
          h("pre", { class: "command", id: "doctor-command" }, h("code", null, command)),
          h("p", { class: "note" }, t("detail.copy-note")),
        ),
    ),
    h("section", { "aria-labelledby": "steps-h" }, h("h2", { id: "steps-h" }, t("detail.steps")), findingList(findings)),
    h(
      "section",
      { "aria-labelledby": "headers-h" },
      h("h2", { id: "headers-h" }, t("detail.headers")),
      capture
        ? [
            h("p", { class: "note" }, t("detail.headers-note")),
            h(
              "table",
              { class: "headers" },
              h(
                "tbody",
                null,
                capture.headers.map(([name, value]) => h("tr", null, h("th", { scope: "row" }, name), h("td", null, h("code", null, value)))),
              ),
            ),
          ]
        : h("p", null, t("detail.no-capture")),
    ),
    h(
      "section",
      { "aria-labelledby": "token-h" },
      h("h2", { id: "token-h" }, t("detail.token")),
      capture?.token
        ? [claimTable(capture.token.header, t("token.header")), claimTable(capture.token.payload, t("token.claims"))]
        : h("p", null, t("detail.no-token")),
    ),
  );
}
