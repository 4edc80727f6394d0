import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../harness/browser.js";
import { startServer, type TestServer } from "../harness/server.js";
import { createClient, createPool, PASSWORD, seedUser } from "./srp-fixtures.js";

/*
 * The browser path: amazon-cognito-identity-js's published browser bundle in headless Chromium, signing in with
 * SRP across origins (CORS preflight included) and with the browser's own crypto and BigInteger code.
 */
const BUNDLE = createRequire(import.meta.url).resolve("amazon-cognito-identity-js/dist/amazon-cognito-identity.min.js");

// Plain JavaScript source: functions compiled by tsx carry helpers the page does not have.
const IN_PAGE = `({ poolId, clientId, endpoint, password }) => new Promise((resolve) => {
  const A = globalThis.AmazonCognitoIdentity;
  const pool = new A.CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });
  const user = new A.CognitoUser({ Username: "wendy", Pool: pool });
  user.authenticateUser(new A.AuthenticationDetails({ Username: "wendy", Password: password }), {
    onSuccess: (s) => resolve({ ok: true, username: s.getIdToken().payload["cognito:username"] }),
    onFailure: (e) => resolve({ ok: false, code: e.code, message: e.message }),
  });
})`;

describe("SRP sign-in in Chromium with the amazon-cognito-identity-js bundle", () => {
  let t: TestServer;
  let browser: Browser;
  let poolId: string;
  let clientId: string;

  before(async () => {
    t = await startServer();
    poolId = await createPool(t);
    clientId = (await createClient(t, poolId, { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] })).id;
    await seedUser(t, poolId, { username: "wendy", attributes: [{ Name: "email", Value: "wendy@example.com" }] });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t.stop();
  });

  const signIn = async (password: string) => {
    const page = await browser.newPage();
    try {
      await page.setContent("<!doctype html><title>srp</title>");
      await page.addScriptTag({ path: BUNDLE });
      const args = JSON.stringify({ poolId, clientId, endpoint: t.url, password });
      return (await page.evaluate(`(${IN_PAGE})(${args})`)) as { ok: boolean; username?: string; code?: string; message?: string };
    } finally {
      await page.close();
    }
  };

  it("signs in, and refuses a wrong password with AWS's error", async () => {
    assert.deepEqual(await signIn(PASSWORD), { ok: true, username: "wendy" });
    assert.deepEqual(await signIn("Wrong-Password-1"), { ok: false, code: "NotAuthorizedException", message: "Incorrect username or password." });
  });
});
