import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from "@aws-sdk/client-api-gateway";
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  CreateGroupCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Browser, Locator } from "playwright-core";
import { artifactPath, launchChromium, openWatched } from "../harness/browser.js";
import { startServer, type TestServer } from "../harness/server.js";

const text = async (l: Locator) => (await l.textContent()) ?? "";

/** Markup in a value the user controls: the console must show it as text. */
const XSS = `<img src=x onerror="window.__xss=1">`;

describe("console: user pools and APIs in Chromium", () => {
  let t: TestServer;
  let browser: Browser;
  let poolId: string;
  let clientId: string;
  let apiId: string;

  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "shop" }))).UserPool?.Id as string;
    clientId = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web", GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] }),
      )
    ).UserPoolClient?.ClientId as string;
    await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "lena", UserAttributes: [{ Name: "email", Value: "lena@example.com" }] }));
    await t.cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: "admins" }));
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: "admins", Username: "lena" }));
    await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: "shop-auth" }));
    await t.cognito.send(
      new CreateResourceServerCommand({
        UserPoolId: poolId,
        Identifier: "https://api.shop",
        Name: "shop api",
        Scopes: [{ ScopeName: "read", ScopeDescription: "read" }],
      }),
    );

    const api = await t.apigateway.send(new CreateRestApiCommand({ name: "pets", description: XSS }));
    apiId = api.id as string;
    const authorizer = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: apiId,
        name: "CognitoAuth",
        type: "COGNITO_USER_POOLS",
        providerARNs: [`arn:aws:cognito-idp:us-east-1:000000000000:userpool/${poolId}`],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const pets = await t.apigateway.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId as string, pathPart: "pets" }));
    await t.apigateway.send(
      new PutMethodCommand({
        restApiId: apiId,
        resourceId: pets.id as string,
        httpMethod: "GET",
        authorizationType: "COGNITO_USER_POOLS",
        authorizerId: authorizer.id as string,
        authorizationScopes: ["https://api.shop/read"],
        apiKeyRequired: true,
      }),
    );
    await t.apigateway.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: pets.id as string, httpMethod: "GET", type: "MOCK" }));
    await t.apigateway.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev", description: "first" }));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows pools with clients, users, domain, resource servers and the outbox, and APIs with their tree and stages", async () => {
    const { context, page, errors, offLoopback } = await openWatched(browser, `${t.url}/_poolgate/#/pools`, "en-US");
    const pool = page.locator(`section[data-pool="${poolId}"]`);
    await pool.waitFor();
    const shown = await text(pool);
    for (const expected of [
      clientId,
      "lena",
      "FORCE_CHANGE_PASSWORD",
      "admins",
      "email=lena@example.com",
      "shop-auth.auth.us-east-1.localhost",
      "https://api.shop",
      "INVITATION",
    ])
      assert.ok(shown.includes(expected), expected);
    assert.match(await text(pool.locator(".outbox-code")), /\S{6,}/, "the temporary password sent");
    await page.screenshot({ path: artifactPath("console-pools.png"), fullPage: true });

    await page.click("nav a[href='#/apis']");
    const api = page.locator(`section[data-api="${apiId}"]`);
    await api.waitFor();
    assert.ok((await text(api)).includes(XSS), "markup shown as text");
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await api.locator("img").count(), 0);
    const get = await text(api.locator("li[data-path='/pets'] li[data-method='GET']"));
    assert.match(get, /COGNITO_USER_POOLS · CognitoAuth \(\w+\) · scopes https:\/\/api\.shop\/read · API key required/);
    assert.match(await text(api), new RegExp(`/_aws/execute-api/${apiId}/dev`));
    assert.match(await text(api), /first/);
    await page.screenshot({ path: artifactPath("console-apis.png"), fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 900 } });

    assert.deepEqual(errors, []);
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it("never returns a client secret, password hash or verifier", async () => {
    const body = await (await fetch(`${t.url}/_poolgate/console/pools`)).text();
    assert.doesNotMatch(body, /ClientSecret|passwordHash|verifier|"srp"|softwareToken"/);
    assert.match(body, /"hasSecret":true/);
  });
});
