import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator } from "playwright-core";
import { artifactPath, launchChromium, openWatched } from "../harness/browser.js";
import { cognitoAuthorizer, createPool, type InvokeServer, invokeUrl, MOCK_200, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

/** Markup in a header value: the console must show it as text. */
const XSS = `<img src=x onerror="window.__xss=1">`;

const text = async (l: Locator) => (await l.textContent()) ?? "";

describe("web console in Chromium", () => {
  let t: InvokeServer;
  let p: PoolFixture;
  let browser: Browser;
  const API = "cons01";

  before(async () => {
    t = await startInvokeServer();
    p = await createPool(t);
    t.deployments.deploy(
      snapshotOf({
        apiId: API,
        authorizers: [cognitoAuthorizer([p.arn])],
        resources: { "/pets": { GET: { authorizationType: "COGNITO_USER_POOLS", authorizerId: "auth01", methodIntegration: MOCK_200 } } },
      }),
      "dev",
    );
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows a refused request live, with its failing check, steps, masked headers and claims", async () => {
    const { context, page, errors, offLoopback } = await openWatched(browser, `${t.url}/_poolgate/`, "en-US");
    await page.waitForSelector("#request-rows", { state: "attached" });
    assert.equal(await page.locator("#request-rows tr").count(), 0);

    // After the page is open: one allowed, one without a token, then one with an expired ID token.
    const token = p.tokens().IdToken as string;
    assert.equal((await fetch(invokeUrl(t, API, "dev", "/pets"), { headers: { Authorization: token } })).status, 200);
    assert.equal((await fetch(invokeUrl(t, API, "dev", "/pets"))).status, 401);
    t.clock.advance(2 * 3600 * 1000);
    const refused = await fetch(invokeUrl(t, API, "dev", "/pets?x=1"), {
      headers: { Authorization: `Bearer ${token}`, "x-api-key": "k3y-abcdefghijklmnop", "x-evil": XSS },
    });
    assert.equal(refused.status, 401);
    const requestId = refused.headers.get("x-amzn-requestid") as string;

    const row = page.locator(`#request-rows tr[data-request-id="${requestId}"]`);
    await row.waitFor();
    assert.match(await text(row), /token\.not-expired/);
    assert.match(await text(row), /The token expired at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(/);
    await page.screenshot({ path: artifactPath("console-requests.png"), clip: { x: 0, y: 0, width: 1200, height: 480 } });

    assert.match(await text(page.locator("#request-rows tr.s2")), /200/);
    assert.match(await text(page.locator('#request-rows tr:has-text("request.auth-header")')), /no Authorization header/);

    // Filtering by the check id keeps only its refusals; by status 200, only the allowed one.
    await page.selectOption("#filter-status", "200");
    await page.waitForFunction(() => document.querySelectorAll("#request-rows tr").length === 1);
    assert.equal(await row.count(), 0);
    await page.selectOption("#filter-status", "");
    await page.selectOption("#filter-check", "token.not-expired");
    await page.waitForFunction(() => document.querySelectorAll("#request-rows tr").length === 1);
    assert.equal(await row.count(), 1);

    // A row keeps its place and focus while new requests arrive above it.
    await page.selectOption("#filter-check", "");
    await row.locator("a").focus();
    const next = await fetch(invokeUrl(t, API, "dev", "/nowhere"));
    const nextId = next.headers.get("x-amzn-requestid") as string;
    await next.arrayBuffer();
    await page.locator(`#request-rows tr[data-request-id="${nextId}"]`).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-request-id")), requestId);
    assert.equal(await page.locator("#request-rows tr").first().getAttribute("data-request-id"), nextId);

    await row.locator("a").click();
    await page.waitForSelector(".findings");
    const cause = page.locator('.finding.cause[data-check="token.not-expired"]');
    assert.match(await text(cause), /Get new tokens with the refresh token/);
    assert.match(await text(cause), /Expected/);
    assert.equal(await page.locator(".finding:visible").count(), await page.locator(".finding").count(), "every step is shown, skipped ones too");
    const steps = await page.locator(".finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-check")));
    assert.ok(steps.indexOf("request.stage") < steps.indexOf("token.signature") && steps.indexOf("token.signature") < steps.indexOf("token.not-expired"));
    assert.equal(await cause.locator("a.explain").getAttribute("href"), "/_poolgate/console/docs/checks/token.not-expired.md");

    const headers = await text(page.locator("table.headers"));
    assert.match(headers, /Bearer eyJ/);
    assert.ok(!headers.includes(token), "the token itself is not shown");
    assert.ok(!headers.includes(token.split(".")[2] as string), "nor its signature");
    assert.match(headers, /k3y-abcd… \(20 chars\)/);
    assert.ok(headers.includes(XSS), "markup in a header is shown as text");
    assert.equal(await page.locator("main img").count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    const claims = await text(page.locator('table.claims tr[data-claim="exp"]'));
    assert.match(claims, /UTC \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    assert.match(claims, /Local /);
    assert.match(await text(page.locator('table.claims tr[data-claim="cognito:username"]')), /alice/);

    const command = await text(page.locator("#doctor-command"));
    assert.equal(
      command,
      `poolgate doctor curl "curl -H 'Authorization: Bearer $TOKEN' -H 'x-api-key: $API_KEY' -H 'x-evil: <img src=x onerror=\\"window.__xss=1\\">' '${invokeUrl(t, API, "dev", "/pets?x=1")}'"`,
    );
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.click("#copy-doctor");
    await page.waitForSelector(".copy-status:has-text('Copied')");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), command);
    await page.screenshot({ path: artifactPath("console-request.png"), fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1500 } });

    assert.deepEqual(errors, []);
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it("decodes a pasted token and runs the token checks, in Japanese by the browser's language", async () => {
    const { context, page, errors, offLoopback } = await openWatched(browser, `${t.url}/_poolgate/#/token`, "ja-JP");
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    await page.waitForSelector("#token-input");
    assert.equal(await text(page.locator("h1")), "トークン");
    await page.fill("#token-input", ` ${p.tokens().AccessToken}`);
    await page.click("#token-submit");
    await page.waitForSelector('#token-result table.claims tr[data-claim="token_use"]');
    assert.match(await text(page.locator('#token-result tr[data-claim="token_use"]')), /access/);
    assert.match(await text(page.locator('#token-result tr[data-claim="client_id"]')), new RegExp(p.client.ClientId));
    const signature = await text(page.locator('.finding[data-check="token.signature"]'));
    assert.match(signature, /合格/);
    await page.screenshot({ path: artifactPath("console-token-ja.png"), fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1200 } });

    // Judged for a method with scopes the token lacks.
    await page.selectOption("#token-method", "scopes");
    await page.fill("#token-scopes", "https://api.example.com/read");
    await page.click("#token-submit");
    await page.waitForSelector('.finding.fail[data-check="token.kind-for-scopes"]');

    // Switching language re-renders the findings in English from the same paste.
    await page.click("#lang-en");
    await page.waitForSelector(".finding[data-check='token.signature'] .badge:has-text('pass')");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(await text(page.locator('.finding[data-check="token.signature"]')), /The signature verifies with key/);

    assert.deepEqual(errors, []);
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it("fits a phone screen (390 px) without horizontal scrolling, and lists refusals in Japanese", async () => {
    const { context, page, errors, offLoopback } = await openWatched(browser, `${t.url}/_poolgate/`, "ja-JP", { width: 390, height: 844 });
    await page.locator("#request-rows tr").first().waitFor();
    const cause = await text(page.locator('#request-rows td.cause:has-text("token.not-expired")'));
    assert.match(cause, /token\.not-expired/);
    assert.match(cause, /期限切れになりました/);
    assert.equal(await text(page.locator("thead th").first()), "時刻");
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await overflow(), 0);
    await page.screenshot({ path: artifactPath("console-phone.png") });
    // The other views too: long tokens, headers and URLs wrap instead of widening the page.
    await page.locator('#request-rows tr:has-text("token.not-expired") a').click();
    await page.waitForSelector("table.claims");
    assert.equal(await overflow(), 0, "request");
    await page.click("nav a[href='#/token']");
    await page.fill("#token-input", p.tokens().IdToken as string);
    await page.click("#token-submit");
    await page.waitForSelector("#token-result table.claims");
    assert.equal(await overflow(), 0, "token");
    for (const view of ["pools", "apis"]) {
      await page.click(`nav a[href='#/${view}']`);
      await page.waitForSelector("main h1");
      assert.equal(await overflow(), 0, view);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(offLoopback, []);
    await context.close();
  });
});
