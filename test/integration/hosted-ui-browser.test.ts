import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { artifactPath, launchChromium, startCallbackServer } from "../harness/browser.js";
import { type OAuthWorld, PASSWORD, putUser, seedOAuthWorld } from "../harness/oauth-fixtures.js";
import { startServer, type TestServer } from "../harness/server.js";

const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split(".")[1] as string, "base64url").toString()) as Record<string, unknown>;

const XSS = `"><script>window.__xss=1</script><img src=x onerror="window.__xss=2">'`;

describe("hosted UI in Chromium", () => {
  let t: TestServer;
  let w: OAuthWorld;
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startCallbackServer>>;

  before(async () => {
    t = await startServer();
    app = await startCallbackServer();
    w = await seedOAuthWorld(t, app.url);
    await putUser(t, w.pool, "jane");
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t.stop();
    await app?.stop();
  });

  const authorizeUrl = (params: Record<string, string>) =>
    `${t.url}/oauth2/authorize?${new URLSearchParams({ client_id: w.publicClient.ClientId, redirect_uri: w.callback, ...params })}`;

  async function fresh(): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return { context, page, dialogs };
  }

  async function submitLogin(page: Page, username: string, password: string): Promise<void> {
    await page.fill("#username", username);
    await page.fill("#password", password);
    await Promise.all([page.waitForLoadState("load"), page.waitForNavigation(), page.click("button[type=submit]")]);
  }

  it("runs the implicit flow: tokens in the fragment, state and nonce round trip, no refresh token", async () => {
    const { context, page } = await fresh();
    await page.goto(authorizeUrl({ response_type: "token", scope: "openid email", state: "st-123 /?&", nonce: "n-456" }));
    await page.waitForSelector("form#signin");
    await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), submitLogin(page, "jane", PASSWORD)]);
    const url = new URL(page.url());
    assert.equal(url.search, "");
    const frag = new URLSearchParams(url.hash.slice(1));
    assert.equal(frag.get("state"), "st-123 /?&");
    assert.equal(frag.get("token_type"), "Bearer");
    assert.equal(frag.get("expires_in"), "3600");
    assert.equal(frag.get("refresh_token"), null);
    const id = decode(frag.get("id_token") ?? "");
    assert.equal(id.nonce, "n-456");
    assert.equal(id.token_use, "id");
    assert.equal(
      id.at_hash,
      createHash("sha256")
        .update(frag.get("access_token") ?? "")
        .digest()
        .subarray(0, 16)
        .toString("base64url"),
    );
    assert.equal(Object.keys(id)[0], "at_hash");
    const access = decode(frag.get("access_token") ?? "");
    assert.equal(access.scope, "openid email");
    assert.equal(access.version, 2);
    await context.close();
  });

  it("omits the ID token without openid", async () => {
    const { context, page } = await fresh();
    await page.goto(authorizeUrl({ response_type: "token", scope: "aws.cognito.signin.user.admin" }));
    await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), submitLogin(page, "jane", PASSWORD)]);
    const frag = new URLSearchParams(new URL(page.url()).hash.slice(1));
    assert.equal(frag.get("id_token"), null);
    // An OAuth access token with aws.cognito.signin.user.admin works with the user APIs.
    const me = await t.cognito.send(new GetUserCommand({ AccessToken: frag.get("access_token") ?? "" }));
    assert.equal(me.Username, "jane");
    await context.close();
  });

  it("never redirects to an unregistered redirect_uri: it shows /error?error=redirect_mismatch", async () => {
    const { context, page } = await fresh();
    const before = app.hits.length;
    await page.goto(authorizeUrl({ response_type: "code", redirect_uri: `${w.callback}/` }));
    const url = new URL(page.url());
    assert.equal(url.pathname, "/error");
    assert.equal(url.searchParams.get("error"), "redirect_mismatch");
    assert.equal(url.searchParams.get("client_id"), w.publicClient.ClientId);
    assert.equal(await page.textContent("#message"), "An error was encountered with the requested page.");
    assert.equal(app.hits.length, before);
    await page.screenshot({ path: artifactPath("hosted-ui-error.png") });
    await context.close();
  });

  it("keeps every reflected parameter inert (checked in the DOM), under a no-script CSP", async () => {
    const { context, page, dialogs } = await fresh();
    const response = await page.goto(
      authorizeUrl({ response_type: "code", state: XSS, nonce: XSS, code_challenge_method: "S256", code_challenge: "A".repeat(43), extra: XSS }),
    );
    await page.waitForSelector("form#signin");
    const csp = response?.headers()["content-security-policy"] ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src/);
    const action = new URL((await page.getAttribute("form#signin", "action")) ?? "", t.url);
    assert.equal(action.searchParams.get("state"), XSS);
    assert.equal(action.searchParams.get("extra"), XSS);
    // A failed sign-in reflects the username.
    await submitLogin(page, XSS, "wrong-password");
    assert.equal(await page.inputValue("#username"), XSS);
    assert.equal(await page.textContent("#error"), "Incorrect username or password.");
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll("script").length,
      images: document.querySelectorAll("img").length,
      flag: (window as unknown as { __xss?: number }).__xss,
    }));
    assert.deepEqual(dom, { scripts: 0, images: 0, flag: undefined });
    // The error page reflects error and client_id.
    await page.goto(`${t.url}/error?${new URLSearchParams({ error: XSS, client_id: XSS })}`);
    assert.equal(await page.textContent("#error-code"), XSS);
    assert.equal(await page.textContent("#client-id"), XSS);
    const errDom = await page.evaluate(() => ({ scripts: document.querySelectorAll("script").length, images: document.querySelectorAll("img").length }));
    assert.deepEqual(errDom, { scripts: 0, images: 0 });
    assert.deepEqual(dialogs, []);
    await context.close();
  });

  it("locks a user out after repeated failures: 'Password attempts exceeded' even with the right password", async () => {
    await putUser(t, w.pool, "locked");
    const { context, page } = await fresh();
    await page.goto(authorizeUrl({ response_type: "code" }));
    for (let i = 0; i < 5; i++) {
      await submitLogin(page, "locked", "wrong-password");
      assert.equal(await page.textContent("#error"), "Incorrect username or password.");
    }
    // The first lockout lasts one second and the harness clock follows real time: step it back so the
    // lockout cannot lapse while Chromium submits the form.
    t.clock.advance(-10_000);
    await submitLogin(page, "locked", PASSWORD);
    assert.equal(await page.textContent("#error"), "Password attempts exceeded");
    // The lockout is temporary.
    t.clock.advance(12_000);
    await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), submitLogin(page, "locked", PASSWORD)]);
    await context.close();
  });

  it("asks a FORCE_CHANGE_PASSWORD user for a new password, then completes the redirect", async () => {
    await putUser(t, w.pool, "newbie", { temporary: true, password: "Temp0rary!pw" });
    const { context, page } = await fresh();
    await page.goto(authorizeUrl({ response_type: "code", state: "s1" }));
    await submitLogin(page, "newbie", "Temp0rary!pw");
    await page.waitForSelector("form#new-password");
    await page.screenshot({ path: artifactPath("hosted-ui-new-password.png") });
    await page.fill("#newPassword", "short");
    await page.fill("#confirmPassword", "short");
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
    assert.match((await page.textContent("#error")) ?? "", /^Password did not conform with policy/);
    await page.fill("#newPassword", "N3w-Password!");
    await page.fill("#confirmPassword", "N3w-Password!");
    await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), page.click("button[type=submit]")]);
    assert.equal(new URL(page.url()).searchParams.get("state"), "s1");
    const stored = t.app.services.cognito.users.get(w.pool.Id, "newbie");
    assert.equal(stored?.UserStatus, "CONFIRMED");
    await context.close();
  });

  it("logs out: clears the cookie and redirects to the registered logout_uri; an unregistered one goes to /error", async () => {
    const { context, page } = await fresh();
    await page.goto(authorizeUrl({ response_type: "code" }));
    await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), submitLogin(page, "jane", PASSWORD)]);
    assert.ok((await context.cookies(t.url)).some((c) => c.name === "cognito"));
    await page.goto(`${t.url}/logout?${new URLSearchParams({ client_id: w.publicClient.ClientId, logout_uri: "https://evil.example/" })}`);
    assert.equal(new URL(page.url()).searchParams.get("error"), "redirect_mismatch");
    await page.goto(`${t.url}/logout?${new URLSearchParams({ client_id: w.publicClient.ClientId, logout_uri: w.logout })}`);
    assert.equal(page.url(), w.logout);
    assert.ok(!(await context.cookies(t.url)).some((c) => c.name === "cognito"));
    await page.goto(authorizeUrl({ response_type: "code" }));
    await page.waitForSelector("form#signin");
    await context.close();
  });

  it("links to sign-up and forgot-password pages that carry the authorize request", async () => {
    const { context, page } = await fresh();
    await page.goto(authorizeUrl({ response_type: "code", state: "keep" }));
    await Promise.all([page.waitForNavigation(), page.click("#sign-up")]);
    assert.equal(new URL(page.url()).pathname, "/signup");
    assert.equal(new URL(page.url()).searchParams.get("state"), "keep");
    await page.waitForSelector("form#signup");
    await page.goBack();
    await Promise.all([page.waitForNavigation(), page.click("#forgot-password")]);
    assert.equal(new URL(page.url()).pathname, "/forgotPassword");
    await page.waitForSelector("form#forgot");
    await context.close();
  });
});

describe("hosted UI without a browser", () => {
  let t: TestServer;
  let w: OAuthWorld;
  before(async () => {
    t = await startServer();
    w = await seedOAuthWorld(t);
  });
  after(() => t.stop());

  const authorize = (params: Record<string, string>, client = w.publicClient.ClientId) =>
    fetch(`${t.url}/oauth2/authorize?${new URLSearchParams({ client_id: client, redirect_uri: w.callback, ...params })}`, { redirect: "manual" });

  const cases: { name: string; params: Record<string, string>; client?: () => string; error: string }[] = [
    { name: "missing response_type", params: {}, error: "invalid_request" },
    { name: "unknown response_type", params: { response_type: "id_token" }, error: "invalid_request" },
    { name: "PKCE plain", params: { response_type: "code", code_challenge_method: "plain", code_challenge: "A".repeat(43) }, error: "invalid_request" },
    { name: "PKCE challenge without method", params: { response_type: "code", code_challenge: "A".repeat(43) }, error: "invalid_request" },
    { name: "scope not allowed for the client", params: { response_type: "code", scope: "openid phone" }, error: "invalid_scope" },
    { name: "email without openid", params: { response_type: "code", scope: "email" }, error: "invalid_scope" },
    { name: "an identity provider other than COGNITO", params: { response_type: "code", identity_provider: "Google" }, error: "invalid_request" },
    { name: "implicit for a code-only client", params: { response_type: "token" }, client: () => w.confidentialClient.ClientId, error: "unauthorized_client" },
    {
      name: "a client without AllowedOAuthFlowsUserPoolClient",
      params: { response_type: "code" },
      client: () => w.apiOnlyClient.ClientId,
      error: "unauthorized_client",
    },
  ];
  for (const c of cases) {
    it(`redirects ${c.name} back with error=${c.error} and the state`, async () => {
      const res = await authorize({ ...c.params, state: "xyz" }, c.client?.());
      assert.equal(res.status, 302);
      const loc = new URL(res.headers.get("location") ?? "");
      assert.equal(`${loc.origin}${loc.pathname}`, w.callback);
      assert.equal(loc.searchParams.get("error"), c.error);
      assert.equal(loc.searchParams.get("state"), "xyz");
    });
  }

  it("sends a valid request without a session to /login with the same query", async () => {
    const res = await authorize({ response_type: "code", state: "abc", identity_provider: "COGNITO" });
    assert.equal(res.status, 302);
    const loc = new URL(res.headers.get("location") ?? "");
    assert.equal(loc.pathname, "/login");
    assert.equal(loc.searchParams.get("state"), "abc");
    assert.equal(loc.searchParams.get("client_id"), w.publicClient.ClientId);
  });

  it("sends an unknown client to /error?error=invalid_request", async () => {
    const res = await authorize({ response_type: "code" }, "nosuchclient");
    assert.equal(new URL(res.headers.get("location") ?? "").searchParams.get("error"), "invalid_request");
  });

  it("refuses a login POST without a matching CSRF token", async () => {
    const q = new URLSearchParams({ client_id: w.publicClient.ClientId, redirect_uri: w.callback, response_type: "code" });
    const page = await fetch(`${t.url}/login?${q}`);
    const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    assert.match(cookie, /^XSRF-TOKEN=/);
    assert.match(page.headers.get("set-cookie") ?? "", /HttpOnly; SameSite=Lax/);
    const res = await fetch(`${t.url}/login?${q}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ _csrf: "forged", username: "jane", password: PASSWORD }),
    });
    assert.equal(res.status, 403);
    assert.match(await res.text(), /Your sign-in form expired/);
  });
});
