import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { send } from "../../http/exchange.js";
import { escapeHtml } from "./escape.js";

const STYLE = `body{font-family:system-ui,sans-serif;background:#f2f3f3;margin:0;padding:2rem}
main{max-width:22rem;margin:0 auto;background:#fff;padding:1.5rem 2rem;border-radius:4px;box-shadow:0 1px 3px #0003}
h1{font-size:1.3rem;margin:0 0 1rem}label{display:block;margin:.8rem 0 .2rem;font-size:.9rem}
input[type=text],input[type=password],input[type=email]{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}
button{margin-top:1.2rem;width:100%;padding:.6rem;font-size:1rem;background:#ec7211;color:#fff;border:0;border-radius:2px}
.error{color:#b00020;margin:.5rem 0}.notice{color:#1d6b2f;margin:.5rem 0}nav{margin-top:1rem;font-size:.9rem}nav a{display:block;margin:.3rem 0}
footer{margin-top:1.5rem;font-size:.75rem;color:#666}`;

// The one inline style is allowed by its hash; no script is allowed at all, inline or not.
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'`;

/** Headers of every hosted-UI HTML page. */
export const PAGE_HEADERS = {
  "content-type": "text/html;charset=UTF-8",
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

/** Pieces of a page. Strings in `html` are trusted markup built by the caller from escaped values. */
export interface PageParts {
  title: string;
  /** Trusted markup. */
  html: string;
  error?: string;
  notice?: string;
}

export function renderPage(p: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(p.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(p.title)}</h1>
${p.error ? `<p class="error" id="error">${escapeHtml(p.error)}</p>` : ""}${p.notice ? `<p class="notice" id="notice">${escapeHtml(p.notice)}</p>` : ""}
${p.html}
<footer>poolgate local hosted UI</footer>
</main></body></html>`;
}

export function sendPage(res: ServerResponse, status: number, p: PageParts, headers: Record<string, string | string[]> = {}): void {
  send(res, status, { ...PAGE_HEADERS, ...headers }, renderPage(p));
}

/** A 302 with no body; extra headers carry cookies. */
export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  send(res, 302, { location, "cache-control": "no-store", ...headers });
}
