import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createRemoteJWKSet, jwtVerify } from "jose";
import * as oidc from "openid-client";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { artifactPath, launchChromium, startCallbackServer } from "../harness/browser.js";
import { type OAuthWorld, PASSWORD, putUser, seedOAuthWorld } from "../harness/oauth-fixtures.js";
import { startServer, type TestServer } from "../harness/server.js";

const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split(".")[1] as string, "base64url").toString()) as Record<string, unknown>;

/** Signs in through the real login form and returns the URL the browser was sent back to. */
async function signInThroughForm(page: Page, callback: string, authorizeUrl: string, username: string, password: string, screenshot?: string): Promise<URL> {
  await page.goto(authorizeUrl);
  await page.waitForSelector("form#signin");
  if (screenshot) await page.screenshot({ path: artifactPath(screenshot), fullPage: true });
  await page.fill("#username", username);
  await page.fill("#password", password);
  await Promise.all([page.waitForURL((u) => u.href.startsWith(callback)), page.click("button[type=submit]")]);
  return new URL(page.url());
}

describe("openid-client v6 against poolgate: code + PKCE, userinfo, refresh, revoke", () => {
  let t: TestServer;
  let w: OAuthWorld;
  let browser: Browser;
  let context: BrowserContext;
  let config: oidc.Configuration;
  let app: Awaited<ReturnType<typeof startCallbackServer>>;
  let CALLBACK: string;

  before(async () => {
    t = await startServer();
    app = await startCallbackServer();
    w = await seedOAuthWorld(t, app.url);
    CALLBACK = w.callback;
    await putUser(t, w.pool, "jane");
    browser = await launchChromium();
    context = await browser.newContext();
    config = await oidc.discovery(new URL(`${t.url}/${w.pool.Id}`), w.publicClient.ClientId, undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
  });
  after(async () => {
    await browser?.close();
    await t.stop();
    await app?.stop();
  });

  it("discovers the root endpoints from /{poolId}/.well-known/openid-configuration", () => {
    const m = config.serverMetadata();
    assert.equal(m.issuer, `${t.url}/${w.pool.Id}`);
    assert.equal(m.authorization_endpoint, `${t.url}/oauth2/authorize`);
    assert.equal(m.token_endpoint, `${t.url}/oauth2/token`);
  });

  it("runs authorization code + PKCE through the browser form, then userinfo, refresh and revoke", async () => {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: "openid email profile",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    const page = await context.newPage();
    const back = await signInThroughForm(page, CALLBACK, url.href, "jane", PASSWORD, "hosted-ui-login.png");
    assert.match(back.searchParams.get("code") ?? "", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(back.searchParams.get("state"), state);
    assert.equal(back.hash, "");

    const tokens = await oidc.authorizationCodeGrant(config, back, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    assert.equal(tokens.token_type.toLowerCase(), "bearer");
    assert.equal(tokens.expires_in, 3600);
    assert.ok(tokens.refresh_token?.split(".").length === 5);
    const idClaims = tokens.claims();
    assert.equal(idClaims?.nonce, nonce);
    assert.equal(idClaims?.aud, w.publicClient.ClientId);
    // at_hash: left half of SHA-256 of the access token.
    assert.equal(idClaims?.at_hash, createHash("sha256").update(tokens.access_token).digest().subarray(0, 16).toString("base64url"));

    const jwks = createRemoteJWKSet(new URL(`${t.url}/${w.pool.Id}/.well-known/jwks.json`));
    const access = await jwtVerify(tokens.access_token, jwks, { issuer: `${t.url}/${w.pool.Id}` });
    assert.equal(access.payload.token_use, "access");
    assert.equal(access.payload.version, 2);
    assert.equal(access.payload.scope, "openid email profile");
    assert.equal(access.payload.client_id, w.publicClient.ClientId);
    assert.equal(access.payload.aud, undefined);
    assert.equal(access.payload.username, "jane");

    const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims?.sub as string);
    assert.equal(info.email, "jane@example.com");
    assert.equal(info.email_verified, "true");
    assert.equal(info.given_name, "Jane");
    assert.equal(info.username, "jane");

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token as string);
    assert.equal(refreshed.refresh_token, undefined);
    const refreshedId = refreshed.claims();
    assert.equal(refreshedId?.auth_time, idClaims?.auth_time);
    assert.equal(decode(refreshed.access_token).origin_jti, decode(tokens.access_token).origin_jti);
    assert.notEqual(refreshed.access_token, tokens.access_token);

    // The code was single use.
    await assert.rejects(oidc.authorizationCodeGrant(config, back, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce }), (e: Error) => {
      assert.equal((e as oidc.ResponseBodyError).error, "invalid_grant");
      return true;
    });

    await oidc.tokenRevocation(config, tokens.refresh_token as string);
    await assert.rejects(oidc.refreshTokenGrant(config, tokens.refresh_token as string), (e: Error) => {
      assert.equal((e as oidc.ResponseBodyError).error, "invalid_grant");
      return true;
    });
    // Revocation covers the access tokens of the family: userInfo refuses them.
    const afterRevoke = await fetch(`${t.url}/oauth2/userInfo`, { headers: { authorization: `Bearer ${refreshed.access_token}` } });
    assert.equal(afterRevoke.status, 401);
    assert.match(afterRevoke.headers.get("www-authenticate") ?? "", /error="invalid_token"/);
    await page.close();
  });

  it("skips the form while the 1-hour session cookie lives, and not after it expires", async () => {
    const page = await context.newPage();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: "openid", state: "again" });
    await Promise.all([page.waitForURL((u) => u.href.startsWith(CALLBACK)), page.goto(url.href)]);
    const back = new URL(page.url());
    assert.equal(back.searchParams.get("state"), "again");
    assert.ok(back.searchParams.get("code"));
    const cookies = await context.cookies(t.url);
    const session = cookies.find((c) => c.name === "cognito");
    assert.ok(session?.httpOnly);
    assert.equal(session?.sameSite, "Lax");

    t.clock.advance(3601_000);
    await page.goto(url.href);
    await page.waitForSelector("form#signin");
    t.clock.advance(-3601_000);
    await page.close();
  });

  it("serves the same flow on the pool's domain host", async () => {
    const origin = t.app.services.urls.hostedUiDomainBase(w.domainPrefix, "us-east-1");
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    const q = new URLSearchParams({ client_id: w.publicClient.ClientId, response_type: "code", redirect_uri: CALLBACK, scope: "openid", state: "dom" });
    const back = await signInThroughForm(page, CALLBACK, `${origin}/oauth2/authorize?${q}`, "jane", PASSWORD, "hosted-ui-login-domain.png");
    assert.equal(back.searchParams.get("state"), "dom");
    const res = await fetch(`${t.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: w.publicClient.ClientId,
        code: back.searchParams.get("code") ?? "",
        redirect_uri: CALLBACK,
      }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as Record<string, string>;
    assert.deepEqual(Object.keys(body), ["id_token", "access_token", "refresh_token", "expires_in", "token_type"]);
    await fresh.close();
  });
});
