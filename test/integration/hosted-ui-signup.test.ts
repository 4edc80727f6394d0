import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { artifactPath, launchChromium, startCallbackServer } from "../harness/browser.js";
import { type OAuthWorld, seedOAuthWorld } from "../harness/oauth-fixtures.js";
import { startServer, type TestServer } from "../harness/server.js";

describe("hosted UI sign-up and forgot-password pages in Chromium (codes from the local outbox)", () => {
  let t: TestServer;
  let w: OAuthWorld;
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startCallbackServer>>;

  before(async () => {
    t = await startServer();
    app = await startCallbackServer();
    w = await seedOAuthWorld(t, app.url);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t.stop();
    await app?.stop();
  });

  const authorizeUrl = (state: string) =>
    `${t.url}/oauth2/authorize?${new URLSearchParams({ client_id: w.publicClient.ClientId, redirect_uri: w.callback, response_type: "code", scope: "openid email", state })}`;

  async function latestCode(username: string, purpose: string): Promise<string> {
    const res = await fetch(`${t.url}/_poolgate/codes?${new URLSearchParams({ userPoolId: w.pool.Id, username })}`);
    const { codes } = (await res.json()) as { codes: { purpose: string; code: string }[] };
    const hit = codes.find((c) => c.purpose === purpose);
    assert.ok(hit, `no ${purpose} code for ${username}`);
    return hit.code;
  }

  async function submit(page: Page): Promise<void> {
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  }

  it("signs up, confirms with the outbox code, signs in and returns to the client with the state", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(authorizeUrl("signup-state"));
    await Promise.all([page.waitForNavigation(), page.click("#sign-up")]);
    await page.fill("#username", "newuser");
    await page.fill("#email", "newuser@example.com");
    await page.fill("#password", "weak");
    await submit(page);
    assert.match((await page.textContent("#error")) ?? "", /Password did not conform with policy/);
    await page.fill("#password", "G00d-Password!");
    await submit(page);
    await page.waitForSelector("form#confirm");
    await page.screenshot({ path: artifactPath("hosted-ui-confirm.png") });
    // Signing in before confirming leads back to the confirmation form.
    await page.goto(authorizeUrl("signup-state"));
    await page.fill("#username", "newuser");
    await page.fill("#password", "G00d-Password!");
    await submit(page);
    await page.waitForSelector("form#confirm");
    assert.equal(await page.textContent("#error"), "User is not confirmed.");
    await page.fill("#code", "000000x");
    await submit(page);
    assert.ok(((await page.textContent("#error")) ?? "").length > 0);
    await page.fill("#code", await latestCode("newuser", "SIGN_UP"));
    await submit(page);
    assert.equal(await page.textContent("#notice"), "Your account is confirmed. Sign in.");
    assert.equal(await page.inputValue("#username"), "newuser");
    await page.fill("#password", "G00d-Password!");
    await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), page.click("button[type=submit]")]);
    assert.equal(new URL(page.url()).searchParams.get("state"), "signup-state");
    await context.close();
  });

  it("resets a forgotten password with the outbox code, then signs in with the new one", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(authorizeUrl("reset-state"));
    await Promise.all([page.waitForNavigation(), page.click("#forgot-password")]);
    await page.fill("#username", "newuser");
    await submit(page);
    await page.waitForSelector("form#reset");
    await page.fill("#code", await latestCode("newuser", "FORGOT_PASSWORD"));
    await page.fill("#password", "An0ther-Password!");
    await submit(page);
    assert.equal(await page.textContent("#notice"), "Your password has been changed. Sign in.");
    await page.fill("#password", "G00d-Password!");
    await submit(page);
    assert.equal(await page.textContent("#error"), "Incorrect username or password.");
    await page.fill("#password", "An0ther-Password!");
    await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), page.click("button[type=submit]")]);
    assert.equal(new URL(page.url()).searchParams.get("state"), "reset-state");
    await context.close();
  });
  it("keeps values reflected by the sign-up, confirm and forgot-password pages inert", async () => {
    const XSS = `"><script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const inert = async () =>
      assert.deepEqual(
        await page.evaluate(() => ({
          scripts: document.querySelectorAll("script").length,
          images: document.querySelectorAll("img").length,
          flag: (window as unknown as { __xss?: number }).__xss,
        })),
        { scripts: 0, images: 0, flag: undefined },
      );
    await page.goto(authorizeUrl(XSS).replace("/oauth2/authorize", "/signup"));
    await page.fill("#username", XSS);
    await page.fill("#email", "x@example.com");
    await page.fill("#password", "weak");
    await submit(page);
    assert.equal(await page.inputValue("#username"), XSS);
    await inert();
    await page.goto(authorizeUrl(XSS).replace("/oauth2/authorize", "/forgotPassword"));
    await page.fill("#username", XSS);
    await submit(page);
    // The name has spaces, which the Username pattern refuses: the form comes back with the error and the name.
    assert.match((await page.textContent("#error")) ?? "", /validation error/);
    assert.equal(await page.locator("input[name=username]").inputValue(), XSS);
    await inert();
    await context.close();
  });
});
