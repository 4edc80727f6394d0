import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  UpdateAuthorizerCommand,
  UpdateMethodCommand,
} from "@aws-sdk/client-api-gateway";
import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUsersCommand,
  SetUserPoolMfaConfigCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Browser, Locator } from "playwright-core";
import { artifactPath, launchChromium, openWatched, startCallbackServer } from "../harness/browser.js";
import { startServer, type TestServer } from "../harness/server.js";

const text = async (l: Locator) => (await l.textContent()) ?? "";

describe("console: undeployed changes, methods a token suits, and the test-user action (Chromium)", () => {
  let t: TestServer;
  let browser: Browser;
  let poolId: string;
  let webClient: string;
  let spaClient: string;
  let apiId: string;
  let petsId: string;
  let authorizerId: string;

  const userCount = async () => (await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId }))).Users?.length ?? 0;
  const deploy = () => t.apigateway.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev" }));

  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "shop" }))).UserPool?.Id as string;
    await t.cognito.send(
      new CreateResourceServerCommand({
        UserPoolId: poolId,
        Identifier: "https://api.shop",
        Name: "shop api",
        Scopes: [
          { ScopeName: "read", ScopeDescription: "read" },
          { ScopeName: "write", ScopeDescription: "write" },
        ],
      }),
    );
    // A client with a secret that allows the admin password flow, and one with AWS's default flows (SRP only).
    webClient = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: "web",
          GenerateSecret: true,
          ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        }),
      )
    ).UserPoolClient?.ClientId as string;
    spaClient = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "spa" }))).UserPoolClient?.ClientId as string;

    const api = await t.apigateway.send(new CreateRestApiCommand({ name: "shop" }));
    apiId = api.id as string;
    authorizerId = (
      await t.apigateway.send(
        new CreateAuthorizerCommand({
          restApiId: apiId,
          name: "ShopPool",
          type: "COGNITO_USER_POOLS",
          providerARNs: [`arn:aws:cognito-idp:us-east-1:000000000000:userpool/${poolId}`],
          identitySource: "method.request.header.Authorization",
        }),
      )
    ).id as string;
    const method = async (path: string, scopes?: string[]) => {
      const r = await t.apigateway.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId as string, pathPart: path }));
      await t.apigateway.send(
        new PutMethodCommand({
          restApiId: apiId,
          resourceId: r.id as string,
          httpMethod: "GET",
          authorizationType: "COGNITO_USER_POOLS",
          authorizerId,
          authorizationScopes: scopes,
        }),
      );
      await t.apigateway.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: r.id as string, httpMethod: "GET", type: "MOCK" }));
      return r.id as string;
    };
    petsId = await method("pets");
    await method("orders", ["https://api.shop/read"]);
    await deploy();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows what a new deployment would change, per stage, until the stage is deployed again", async () => {
    const { context, page, errors, offLoopback } = await openWatched(browser, `${t.url}/_poolgate/#/apis`, "en-US");
    const api = page.locator(`section[data-api="${apiId}"]`);
    await api.locator(".pending p.in-sync[data-stage='dev']").waitFor();
    assert.match(await text(api.locator(".pending")), /Stage dev serves the current configuration\./);

    // Change the live API after deploying: scopes on GET /pets, the authorizer's cache TTL, a new method.
    await t.apigateway.send(
      new UpdateMethodCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        patchOperations: [{ op: "add", path: "/authorizationScopes", value: "https://api.shop/write" }],
      }),
    );
    await t.apigateway.send(
      new UpdateAuthorizerCommand({
        restApiId: apiId,
        authorizerId,
        patchOperations: [{ op: "replace", path: "/authorizerResultTtlInSeconds", value: "0" }],
      }),
    );
    await t.apigateway.send(new PutMethodCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "DELETE", authorizationType: "NONE" }));
    await t.apigateway.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "DELETE", type: "MOCK" }));

    await page.reload();
    const diff = api.locator(".stage-diff[data-stage='dev']");
    await diff.waitFor();
    assert.match(await text(diff), /Stage dev: a new deployment would change 3 settings\./);
    const scopes = diff.locator("tr[data-target='GET /pets'][data-field='authorizationScopes']");
    assert.equal(await text(scopes.locator(".before")), "(not set)");
    assert.equal(await text(scopes.locator(".after")), "https://api.shop/write");
    const ttl = diff.locator("tr[data-kind='authorizer'][data-target='ShopPool'][data-field='authorizerResultTtlInSeconds']");
    assert.equal(await text(ttl.locator(".after")), "0");
    assert.match(await text(diff.locator("tr.added[data-target='DELETE /pets']")), /method DELETE \/pets\s*added\s*NONE/);
    await api.locator(".pending").screenshot({ path: artifactPath("console-apis-pending.png") });

    // At phone width the table scrolls inside its box; the page does not widen.
    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await page.setViewportSize({ width: 1200, height: 900 });

    // In Japanese too.
    await page.click("#lang-ja");
    await api.locator(".stage-diff[data-stage='dev']").waitFor();
    assert.match(await text(api.locator(".stage-diff[data-stage='dev']")), /新しくデプロイすると 3 件変わります/);
    assert.match(await text(api.locator(".stage-diff tr[data-target='GET /pets'] td").nth(1)), /変更/);

    // After a new deployment the stage serves the current configuration again.
    await deploy();
    await page.reload();
    await api.locator(".pending p.in-sync[data-stage='dev']").waitFor();
    assert.equal(await api.locator(".stage-diff").count(), 0);
    assert.match(await text(api.locator(".pending")), /ステージ dev は現在の設定を提供しています/);

    assert.deepEqual(errors, []);
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it("creates a test user, copies its tokens, and lists which deployed methods accept them", async () => {
    const { context, page, errors, offLoopback } = await openWatched(browser, `${t.url}/_poolgate/#/pools`, "en-US");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const pool = page.locator(`section[data-pool="${poolId}"]`);
    await pool.waitFor();
    const before = await userCount();
    await pool.locator(`#test-user-client-${poolId}`).selectOption(webClient);
    await pool.locator(".test-user-submit").click();
    const idBox = pool.locator(`#test-user-id-token-${poolId}`);
    await idBox.waitFor();
    assert.match(await text(pool.locator(".test-user-result .created")), /Created test-\w+ and signed in with ADMIN_USER_PASSWORD_AUTH\./);
    assert.equal(await userCount(), before + 1);
    const idToken = await idBox.inputValue();
    const accessToken = await pool.locator(`#test-user-access-token-${poolId}`).inputValue();
    assert.match(idToken, /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.notEqual(idToken, accessToken);

    await pool.locator(`#copy-test-user-id-token-${poolId}`).click();
    await pool.locator(".copyable:has(#test-user-id-token-" + poolId + ") .copy-status:has-text('Copied')").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), idToken);
    await pool.locator(`#copy-test-user-access-token-${poolId}`).click();
    await page.waitForFunction((v: string) => navigator.clipboard.readText().then((c) => c === v), accessToken);
    await pool.locator(".test-user").screenshot({ path: artifactPath("console-test-user.png") });

    // The user is confirmed and the ID token is genuine: the gateway accepts it on the method without scopes.
    const users = (await t.cognito.send(new ListUsersCommand({ UserPoolId: poolId }))).Users ?? [];
    assert.ok(users.some((u) => u.UserStatus === "CONFIRMED" && idToken.length > 0));
    const invoke = (path: string, token: string) => fetch(`${t.url}/_aws/execute-api/${apiId}/dev${path}`, { headers: { Authorization: token } });
    // GET /pets now has scopes (deployed in the first test): only /orders and /pets exist, both with scopes.
    assert.equal((await invoke("/orders", idToken)).status, 401);

    // "Inspect the access token" opens the token view with it; the methods it would reach are listed.
    await pool.locator(".test-user-inspect").click();
    await page.waitForSelector("#token-methods");
    const orders = page.locator(`#token-methods tr[data-method="${apiId}/dev GET /orders"]`);
    assert.match(await text(orders), /refuses 401/);
    assert.match(await text(orders), /token\.kind-for-scopes/);
    assert.match(await text(page.locator(".verdicts .count")), /0 of 2 methods accept it\./);

    // The ID token on a method without scopes: add one, deploy, and paste the ID token.
    const mineResource = await t.apigateway.send(new CreateResourceCommand({ restApiId: apiId, parentId: petsId, pathPart: "mine" }));
    await t.apigateway.send(
      new PutMethodCommand({
        restApiId: apiId,
        resourceId: mineResource.id as string,
        httpMethod: "GET",
        authorizationType: "COGNITO_USER_POOLS",
        authorizerId,
      }),
    );
    await t.apigateway.send(
      new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: mineResource.id as string,
        httpMethod: "GET",
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode":200}' },
      }),
    );
    await t.apigateway.send(
      new PutIntegrationResponseCommand({ restApiId: apiId, resourceId: mineResource.id as string, httpMethod: "GET", statusCode: "200" }),
    );
    await deploy();
    assert.equal((await invoke("/pets/mine", idToken)).status, 200);
    await page.fill("#token-input", idToken);
    await page.click("#token-submit");
    const mine = page.locator(`#token-methods tr[data-method="${apiId}/dev GET /pets/mine"]`);
    await mine.waitFor();
    assert.match(await text(mine), /accepts 200/);
    assert.match(await text(page.locator(`#token-methods tr[data-method="${apiId}/dev GET /orders"]`)), /token\.kind-for-scopes/);
    assert.match(await text(page.locator(".verdicts .count")), /1 of 3 methods accept it\./);
    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.click("#lang-ja");
    await page.waitForSelector(".verdicts .count:has-text('個のメソッドが受け付けます')");
    assert.match(await text(mine), /受け付ける 200/);
    await page.locator(".verdicts").screenshot({ path: artifactPath("console-token-methods-ja.png") });

    assert.deepEqual(errors, []);
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it("signs the test user in with the flow the client allows: SRP for AWS's default flows, USER_PASSWORD_AUTH with an e-mail username", async () => {
    const res = await fetch(`${t.url}/_poolgate/console/test-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: t.url },
      body: JSON.stringify({ poolId, clientId: spaClient }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { authFlow: string; idToken?: string; accessToken?: string; password: string };
    assert.equal(body.authFlow, "USER_SRP_AUTH");
    assert.match(body.accessToken ?? "", /^eyJ/);
    assert.ok(body.password.length >= 12);

    // A pool that signs in by e-mail gets a user named by a (verified) address; USER_PASSWORD_AUTH when that is the flow.
    const byEmail = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "mail", UsernameAttributes: ["email"] }))).UserPool?.Id as string;
    const mailClient = (
      await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: byEmail, ClientName: "m", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] }))
    ).UserPoolClient?.ClientId as string;
    const mail = await fetch(`${t.url}/_poolgate/console/test-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: t.url },
      body: JSON.stringify({ poolId: byEmail, clientId: mailClient }),
    });
    const mailUser = (await mail.json()) as { authFlow: string; username: string; idToken?: string };
    assert.equal(mailUser.authFlow, "USER_PASSWORD_AUTH");
    assert.match(mailUser.username, /^test-\w+@example\.com$/);
    const claims = JSON.parse(Buffer.from((mailUser.idToken ?? "").split(".")[1] ?? "", "base64url").toString());
    assert.equal(claims.email, mailUser.username);
    assert.equal(claims.email_verified, true);

    // A pool that requires MFA: the user exists, sign-in stops at the challenge, and no tokens are made up.
    await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: byEmail, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const mfa = await fetch(`${t.url}/_poolgate/console/test-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: t.url },
      body: JSON.stringify({ poolId: byEmail, clientId: mailClient }),
    });
    const mfaUser = (await mfa.json()) as { challenge?: string; idToken?: string };
    assert.equal(mfaUser.challenge, "MFA_SETUP");
    assert.equal(mfaUser.idToken, undefined);

    // Cognito's own refusals come back as they are.
    const unknown = await fetch(`${t.url}/_poolgate/console/test-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: t.url },
      body: JSON.stringify({ poolId, clientId: "nosuchclient" }),
    });
    assert.equal(unknown.status, 400);
    assert.deepEqual(await unknown.json(), { type: "ResourceNotFoundException", message: "User pool client nosuchclient does not exist." });
  });

  it("refuses a test-user request that does not come from the console's own page", async () => {
    const before = await userCount();
    const post = (headers: Record<string, string>, body = JSON.stringify({ poolId, clientId: webClient })) =>
      fetch(`${t.url}/_poolgate/console/test-user`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    const refused: Record<string, string>[] = [{}, { origin: "http://evil.example" }, { origin: "null" }, { origin: t.url, "sec-fetch-site": "cross-site" }];
    for (const headers of refused) assert.equal((await post(headers)).status, 403, JSON.stringify(headers));
    // DNS rebinding: Origin and Host agree, but the name is not one poolgate serves.
    const port = new URL(t.url).port;
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${t.url}/_poolgate/console/test-user`,
        { method: "POST", headers: { host: `evil.example:${port}`, origin: `http://evil.example:${port}`, "content-type": "application/json" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify({ poolId, clientId: webClient }));
    });
    assert.equal(rebound, 403);
    assert.equal((await fetch(`${t.url}/_poolgate/console/test-user`)).status, 405);

    // From a page on another origin, in Chromium: a JSON POST needs a preflight that is never granted, and a
    // "simple" text/plain POST (no preflight, the CSRF vector) reaches the server and is refused there.
    const other = await startCallbackServer();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${other.url}/attacker`);
      const outcome = await page.evaluate(
        async ({ target, poolId, clientId }) => {
          const json = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ poolId, clientId }) })
            .then((r) => `status ${r.status}`)
            .catch(() => "blocked");
          const simple = await fetch(target, {
            method: "POST",
            mode: "no-cors",
            headers: { "content-type": "text/plain" },
            body: JSON.stringify({ poolId, clientId }),
          })
            .then((r) => r.type)
            .catch(() => "blocked");
          return { json, simple };
        },
        { target: `${t.url}/_poolgate/console/test-user`, poolId, clientId: webClient },
      );
      assert.equal(outcome.json, "blocked");
      assert.equal(outcome.simple, "opaque");
    } finally {
      await context.close();
      await other.stop();
    }
    assert.equal(await userCount(), before, "no user was created");
  });

  it("leaves out of a refusal's one-line message what the record does not know, instead of printing '…'", async () => {
    const { context, page, errors } = await openWatched(browser, `${t.url}/_poolgate/`, "en-US");
    await page.waitForSelector("#request-rows", { state: "attached" });
    const res = await fetch(`${t.url}/_aws/execute-api/${apiId}/nope/pets`);
    const requestId = res.headers.get("x-amzn-requestid") as string;
    await res.arrayBuffer();
    const row = page.locator(`#request-rows tr[data-request-id="${requestId}"]`);
    await row.waitFor();
    const cause = await text(row.locator("td.cause"));
    assert.match(cause, new RegExp(`API ${apiId} has no stage nope\\.`));
    assert.ok(!cause.includes("…"), cause);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
