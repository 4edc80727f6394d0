import { h, replaceChildren } from "./dom.js";
import { lang, setLang, t } from "./i18n.js";
import { showRequest, showRequests } from "./requests.js";
import { showToken } from "./token.js";

/** Views by the first segment of the hash; the requests list is the landing page. */
const VIEWS = ["requests", "token", "pools", "apis"];

const main = /** @type {HTMLElement} */ (document.getElementById("main"));
/** @type {(() => void) | undefined} */
let stop;

/** The navigation and the language switch, in the current language. @param {string} view */
function chrome(view) {
  const skip = document.querySelector(".skip-link");
  if (skip) skip.textContent = t("skip");
  replaceChildren(
    /** @type {HTMLElement} */ (document.getElementById("nav")),
    h(
      "ul",
      null,
      VIEWS.map((v) => h("li", null, h("a", { href: `#/${v}`, "aria-current": v === view ? "page" : undefined }, t(`nav.${v}`)))),
    ),
  );
  replaceChildren(
    /** @type {HTMLElement} */ (document.getElementById("lang")),
    h(
      "div",
      { role: "group", "aria-label": t("lang.label") },
      ["en", "ja"].map((l) =>
        h(
          "button",
          {
            type: "button",
            lang: l,
            id: `lang-${l}`,
            "aria-pressed": String(l === lang()),
            onclick: () => {
              setLang(/** @type {"en" | "ja"} */ (l));
              route();
            },
          },
          l === "en" ? "English" : "日本語",
        ),
      ),
    ),
  );
}

async function route() {
  stop?.();
  stop = undefined;
  const [view = "requests", id] = location.hash.replace(/^#\/?/, "").split("/");
  const known = VIEWS.includes(view) ? view : "requests";
  document.documentElement.lang = lang();
  chrome(known);
  document.title = `${t(`nav.${known}`)} · poolgate`;
  // Each view draws into its own element: one that answers after the user has moved on draws off the page.
  const into = h("div");
  replaceChildren(main, into);
  try {
    if (known === "requests" && id) await showRequest(into, decodeURIComponent(id));
    else if (known === "requests") stop = showRequests(into);
    else if (known === "token") showToken(into);
    else if (known === "pools") await (await import("./pools.js")).showPools(into);
    else if (known === "apis") await (await import("./apis.js")).showApis(into);
  } catch (e) {
    replaceChildren(into, h("p", { role: "alert" }, t("error.load", { error: e instanceof Error ? e.message : String(e) })));
  }
}

// After a navigation (not the first load), focus the new view so a screen reader starts reading there.
window.addEventListener("hashchange", () => route().then(() => main.focus()));
route();
