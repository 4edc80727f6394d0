import { CATALOGUES, type Lang } from "../checks/messages/catalogue.js";
import { BodyTooLarge, type Mount, readBody, send, sendJson } from "../http/exchange.js";
import type { Services } from "../services.js";
import { AwsJsonError } from "../wire/errors.js";
import { methodsAccepting } from "./acceptance.js";
import { restApisView } from "./apis.js";
import { checkDoc, staticAsset } from "./assets.js";
import type { Captures } from "./captures.js";
import { userPoolsView } from "./pools.js";
import { fromConsolePage } from "./same-origin.js";
import { createTestUser } from "./test-user.js";
import { inspectToken } from "./token.js";

/** Nothing but this origin: no inline script or style, no CDN; the page cannot be framed. */
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

const PREFIX = "/_poolgate/console/";

const langOf = (v: string | null): Lang => (v === "ja" ? "ja" : "en");

/**
 * The web console at GET /_poolgate/: a read-only front end over the invocation records, the token checks, the
 * user pools and the APIs. Only GETs, plus POST .../token, which evaluates a pasted token and stores nothing, and
 * POST .../test-user, the one action that changes state (from the console's own page only).
 */
export function consoleMount(s: Services, captures: Captures): Mount {
  const json = (res: Parameters<Mount["handle"]>[1], status: number, value: unknown) => sendJson(res, status, value, SECURITY_HEADERS);
  return {
    name: "console",
    handles: (_req, info) => info.url.pathname === "/_poolgate" || info.url.pathname === "/_poolgate/" || info.url.pathname.startsWith(PREFIX),
    async handle(req, res, info) {
      const path = info.url.pathname;
      // The address people type without the slash: the page lives at /_poolgate/.
      if (path === "/_poolgate") return send(res, 308, { location: "/_poolgate/", ...SECURITY_HEADERS });
      if (path === `${PREFIX}token`) {
        if (req.method !== "POST") return json(res, 405, { message: "Use POST" });
        if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return json(res, 415, { message: "Send application/json" });
        let body: { token?: unknown; scopes?: unknown; lang?: unknown };
        try {
          body = JSON.parse((await readBody(req, 64 * 1024)).toString("utf8"));
        } catch (e) {
          return json(res, e instanceof BodyTooLarge ? 413 : 400, { message: 'Send {"token": "..."}' });
        }
        if (typeof body?.token !== "string") return json(res, 400, { message: 'Send {"token": "..."}' });
        const scopes = Array.isArray(body.scopes) ? body.scopes.filter((x): x is string => typeof x === "string") : undefined;
        const lang = langOf(typeof body.lang === "string" ? body.lang : null);
        return json(res, 200, { ...inspectToken(s, { token: body.token, scopes }, lang), methods: methodsAccepting(s, body.token.trim(), lang) });
      }
      if (path === `${PREFIX}test-user`) {
        if (req.method !== "POST") return json(res, 405, { message: "Use POST" });
        // A JSON body (no form can send one without a preflight, which is never granted) from this origin only.
        if (!fromConsolePage(req, s.urls.base)) return json(res, 403, { message: "Only the console's own page may create a test user" });
        if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return json(res, 415, { message: "Send application/json" });
        let body: { poolId?: unknown; clientId?: unknown };
        try {
          body = JSON.parse((await readBody(req, 4 * 1024)).toString("utf8"));
        } catch (e) {
          return json(res, e instanceof BodyTooLarge ? 413 : 400, { message: 'Send {"poolId": "...", "clientId": "..."}' });
        }
        if (typeof body?.poolId !== "string" || typeof body.clientId !== "string")
          return json(res, 400, { message: 'Send {"poolId": "...", "clientId": "..."}' });
        try {
          return json(res, 200, await createTestUser(s, { requestId: info.requestId, sourceIp: info.sourceIp }, body.poolId, body.clientId));
        } catch (e) {
          // Cognito's own refusal (unknown pool, a trigger saying no) goes back as it is; anything else is a bug.
          if (e instanceof AwsJsonError) return json(res, e.status, { type: e.type, message: e.message });
          throw e;
        }
      }
      if (req.method !== "GET" && req.method !== "HEAD") return json(res, 405, { message: "The console only reads: use GET" });

      if (path === "/_poolgate/" || path === PREFIX) return asset(res, "index.html");
      if (path.startsWith(`${PREFIX}static/`)) return asset(res, path.slice(`${PREFIX}static/`.length));
      if (path === `${PREFIX}pools`) return json(res, 200, userPoolsView(s));
      if (path === `${PREFIX}apis`) return json(res, 200, restApisView(s));
      if (path === `${PREFIX}messages`) return json(res, 200, CATALOGUES[langOf(info.url.searchParams.get("lang"))]);
      if (path === `${PREFIX}captures`) {
        // Several at once, for the list's one-line messages: ?ids=a,b,c (at most 100).
        const ids = (info.url.searchParams.get("ids") ?? "").split(",").filter(Boolean).slice(0, 100);
        return json(res, 200, { captures: Object.fromEntries(ids.flatMap((id) => captures.get(id) ?? []).map((c) => [c.requestId, c])) });
      }
      if (path.startsWith(`${PREFIX}captures/`)) {
        const capture = captures.get(decodeURIComponent(path.slice(`${PREFIX}captures/`.length)));
        return capture ? json(res, 200, capture) : json(res, 404, { message: "No such request (the console keeps the last 500)" });
      }
      const doc = /^\/_poolgate\/console\/docs\/checks\/([a-z0-9.-]+)\.md$/.exec(path);
      if (doc) {
        const text = checkDoc(doc[1]);
        if (text === undefined) return json(res, 404, { message: `No explain page for ${doc[1]}` });
        // Plain text: the browser shows Markdown as written, and nothing in it can run.
        return send(res, 200, { "content-type": "text/plain; charset=utf-8", ...SECURITY_HEADERS }, text);
      }
      return json(res, 404, { message: `No console endpoint ${req.method} ${path}` });
    },
  };

  function asset(res: Parameters<Mount["handle"]>[1], name: string) {
    const file = staticAsset(name);
    if (!file) return json(res, 404, { message: `No console file ${name}` });
    send(res, 200, { "content-type": file.type, ...SECURITY_HEADERS }, file.body);
  }
}
