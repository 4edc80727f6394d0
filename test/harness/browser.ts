import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, headless, with nothing that talks to the network on its own. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    timeout: 30_000,
  });

/**
 * Opens a URL in a fresh context that collects console errors and every request that would leave loopback (aborted),
 * so a page that breaks or phones home fails the test that asserts on `errors` and `offLoopback`.
 */
export async function openWatched(browser: Browser, url: string, locale: string, viewport = { width: 1200, height: 900 }) {
  const context: BrowserContext = await browser.newContext({ locale, viewport });
  const errors: string[] = [];
  const offLoopback: string[] = [];
  await context.route(
    (u) => u.hostname !== "127.0.0.1",
    (route) => {
      offLoopback.push(route.request().url());
      return route.abort();
    },
  );
  const page: Page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors, offLoopback };
}

/** Screenshots go under test-artifacts/ (git-ignored). */
export function artifactPath(name: string): string {
  const dir = join(process.cwd(), "test-artifacts");
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** The client application's redirect target: a loopback server that answers every path with a small page. */
export async function startCallbackServer(): Promise<{ url: string; hits: string[]; stop(): Promise<void> }> {
  const { createServer } = await import("node:http");
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("callback reached");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as import("node:net").AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
