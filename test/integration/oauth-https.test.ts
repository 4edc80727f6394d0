import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { launchChromium, startCallbackServer } from "../harness/browser.js";
import { PASSWORD, putUser, seedOAuthWorld } from "../harness/oauth-fixtures.js";
import { startServer, TEST_CREDENTIALS, type TestServer } from "../harness/server.js";

/** GET over TLS trusting only the given certificate (so the test proves the certificate names the host). */
function getTrusting(url: string, ca: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: `${u.pathname}${u.search}`,
        method: "GET",
        ca,
        servername: host,
        headers: host ? { host: `${host}:${u.port}` } : {},
      },
      (res) => {
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("--https: the same port over TLS with a self-signed certificate", () => {
  let t: TestServer;
  let dataDir: string;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "poolgate-https-"));
    t = await startServer({ https: true, dataDir, ephemeral: false });
  });
  after(async () => {
    await t.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("mints https URLs and serves them with a certificate for 127.0.0.1, localhost and hosted-UI domains", async () => {
    assert.match(t.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const certPath = join(dataDir, "tls", "localhost-cert.pem");
    assert.ok(existsSync(certPath));
    const pem = readFileSync(certPath, "utf8");
    const x509 = new X509Certificate(pem);
    assert.ok(x509.checkIP("127.0.0.1"));
    assert.ok(x509.checkHost("localhost"));
    assert.ok(x509.checkHost("my-app.auth.us-east-1.localhost"));
    const health = await getTrusting(`${t.url}/_poolgate/health`, pem);
    assert.equal(health.status, 200);
    const err = await getTrusting(`${t.url}/error?error=redirect_mismatch`, pem, "my-app.auth.us-east-1.localhost");
    // No such domain exists: the hosted-UI host answers, over TLS, that it has no pool.
    assert.equal(err.status, 404);
  });
  it("runs the hosted UI over TLS on the domain host, with Secure cookies", async () => {
    const app = await startCallbackServer();
    // An SDK client that trusts poolgate's certificate.
    const ca = readFileSync(join(dataDir, "tls", "localhost-cert.pem"), "utf8");
    const cognito = new CognitoIdentityProviderClient({
      endpoint: t.url,
      region: "us-east-1",
      credentials: TEST_CREDENTIALS,
      requestHandler: { httpsAgent: new Agent({ ca }) },
    });
    const tt = { ...t, cognito };
    const w = await seedOAuthWorld(tt, app.url, "tls-test");
    await putUser(tt, w.pool, "jane");
    const browser = await launchChromium();
    try {
      // Chromium does not trust the self-signed certificate; the names on it were checked above.
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const origin = t.app.services.urls.hostedUiDomainBase("tls-test", "us-east-1");
      assert.match(origin, /^https:\/\/tls-test\.auth\.us-east-1\.localhost:\d+$/);
      const q = new URLSearchParams({ client_id: w.publicClient.ClientId, response_type: "code", redirect_uri: w.callback, scope: "openid", state: "tls" });
      await page.goto(`${origin}/oauth2/authorize?${q}`);
      await page.waitForSelector("form#signin");
      await page.fill("#username", "jane");
      await page.fill("#password", PASSWORD);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(w.callback)), page.click("button[type=submit]")]);
      assert.equal(new URL(page.url()).searchParams.get("state"), "tls");
      const cookies = await context.cookies(origin);
      assert.ok(cookies.find((c) => c.name === "cognito")?.secure);
      assert.ok(cookies.find((c) => c.name === "XSRF-TOKEN")?.secure);
    } finally {
      await browser.close();
      await app.stop();
      cognito.destroy();
    }
  });
});
