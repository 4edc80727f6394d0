import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { base32Decode, hotp, totpStep } from "../../src/cognito/mfa/totp.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * The hosted UI asks for the TOTP code of a user who set up an authenticator, by the same rule as the API flows,
 * and refuses a wrong or replayed code. Driven over HTTP as a browser would post the forms.
 */
const PASSWORD = "Passw0rd!hosted-mfa";
const CALLBACK = "http://localhost:3000/cb";

describe("hosted UI: software-token MFA", () => {
  let t: TestServer;
  let clientId: string;
  let secret: string;
  const query = () => new URLSearchParams({ client_id: clientId, response_type: "code", redirect_uri: CALLBACK, scope: "openid" });
  const codeNow = () => hotp(base32Decode(secret)!, totpStep(t.clock.now()));

  /** GETs a page, returning its hidden fields and the CSRF cookie to post back. */
  async function form(
    url: string,
    init?: RequestInit,
  ): Promise<{ status: number; fields: Record<string, string>; cookie: string; text: string; location: string | null }> {
    const res = await fetch(url, { redirect: "manual", ...init });
    const text = await res.text();
    const fields = Object.fromEntries([...text.matchAll(/type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    return { status: res.status, fields, cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "", text, location: res.headers.get("location") };
  }
  const post = (path: string, cookie: string, body: Record<string, string>) =>
    form(`${t.url}${path}?${query()}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams(body),
    });
  async function passwordStep(username: string) {
    const page = await form(`${t.url}/login?${query()}`);
    return post("/login", page.cookie, { _csrf: page.fields._csrf ?? "", username, password: PASSWORD });
  }

  before(async () => {
    t = await startServer();
    const poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "hosted-mfa" }))).UserPool!.Id!;
    await t.cognito.send(
      new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
    );
    clientId = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: "web",
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
          CallbackURLs: [CALLBACK],
          AllowedOAuthFlows: ["code"],
          AllowedOAuthScopes: ["openid"],
          AllowedOAuthFlowsUserPoolClient: true,
          SupportedIdentityProviders: ["COGNITO"],
        }),
      )
    ).UserPoolClient!.ClientId!;
    for (const username of ["ivy", "jack"]) {
      await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: "SUPPRESS" }));
      await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: PASSWORD, Permanent: true }));
    }
    // ivy sets up an authenticator through the API and turns TOTP on.
    const access = (
      await t.cognito.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "ivy", PASSWORD } }))
    ).AuthenticationResult!.AccessToken!;
    secret = (await t.cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: access }))).SecretCode!;
    await t.cognito.send(new VerifySoftwareTokenCommand({ AccessToken: access, UserCode: codeNow() }));
    await t.cognito.send(new SetUserMFAPreferenceCommand({ AccessToken: access, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    // The code just used for verification cannot be used again: move to the next step.
    t.clock.advance(30_000);
  });
  after(() => t.stop());

  it("a user without TOTP is redirected with a code right after the password", async () => {
    const res = await passwordStep("jack");
    assert.equal(res.status, 302);
    assert.ok(new URL(res.location ?? "").searchParams.get("code"));
  });

  it("a user with TOTP gets the code page; a wrong code is refused; the right one completes the redirect once", async () => {
    const page = await passwordStep("ivy");
    assert.equal(page.status, 200);
    assert.match(page.text, /name="totpCode"/);
    const wrong = String((Number(codeNow()) + 1) % 1_000_000).padStart(6, "0");
    const refused = await post("/mfa", page.cookie, { _csrf: page.fields._csrf ?? "", challenge: page.fields.challenge ?? "", totpCode: wrong });
    assert.equal(refused.status, 400);
    assert.match(refused.text, /Invalid code or auth state for the user\./);
    const code = codeNow();
    const ok = await post("/mfa", refused.cookie || page.cookie, { _csrf: refused.fields._csrf ?? "", challenge: page.fields.challenge ?? "", totpCode: code });
    assert.equal(ok.status, 302, ok.text);
    assert.ok(new URL(ok.location ?? "").searchParams.get("code"));
    // The challenge is spent, and so is the code.
    const again = await passwordStep("ivy");
    const replay = await post("/mfa", again.cookie, { _csrf: again.fields._csrf ?? "", challenge: again.fields.challenge ?? "", totpCode: code });
    assert.equal(replay.status, 400);
    const spent = await post("/mfa", page.cookie, { _csrf: page.fields._csrf ?? "", challenge: page.fields.challenge ?? "", totpCode: codeNow() });
    assert.equal(spent.status, 403);
  });

  it("a pool that requires MFA walks a user without an authenticator through setting one up", async () => {
    const poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "hosted-mfa-on" }))).UserPool!.Id!;
    await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const previous = clientId;
    clientId = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: "web",
          CallbackURLs: [CALLBACK],
          AllowedOAuthFlows: ["code"],
          AllowedOAuthScopes: ["openid"],
          AllowedOAuthFlowsUserPoolClient: true,
          SupportedIdentityProviders: ["COGNITO"],
        }),
      )
    ).UserPoolClient!.ClientId!;
    try {
      await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "kim", MessageAction: "SUPPRESS" }));
      await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "kim", Password: PASSWORD, Permanent: true }));
      const page = await passwordStep("kim");
      assert.equal(page.status, 200);
      const shown = /id="secretCode">([A-Z2-7]+)</.exec(page.text)?.[1] ?? "";
      assert.equal(shown.length, 32);
      assert.match(page.text, /otpauth:\/\/totp\//);
      const code = hotp(base32Decode(shown)!, totpStep(t.clock.now()));
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
      const body = (totpCode: string, p: typeof page) => ({ _csrf: p.fields._csrf ?? "", challenge: page.fields.challenge ?? "", setup: "1", totpCode });
      const refused = await post("/mfa", page.cookie, body(wrong, page));
      assert.equal(refused.status, 400);
      assert.match(refused.text, /Code mismatch and fail enable Software Token MFA/);
      const done = await post("/mfa", page.cookie, body(code, refused));
      assert.equal(done.status, 302, done.text);
      assert.ok(new URL(done.location ?? "").searchParams.get("code"));
      // From now on the user is asked for a code, not a set-up.
      t.clock.advance(30_000);
      const next = await passwordStep("kim");
      assert.match(next.text, /name="totpCode"/);
      assert.doesNotMatch(next.text, /secretCode/);
    } finally {
      clientId = previous;
    }
  });

  it("in a pool that requires MFA, a user who sets a new password for a temporary one is asked to set up MFA in the same sign-in", async () => {
    const poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "hosted-mfa-temp" }))).UserPool!.Id!;
    await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const previous = clientId;
    clientId = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: "web",
          CallbackURLs: [CALLBACK],
          AllowedOAuthFlows: ["code"],
          AllowedOAuthScopes: ["openid"],
          AllowedOAuthFlowsUserPoolClient: true,
          SupportedIdentityProviders: ["COGNITO"],
        }),
      )
    ).UserPoolClient!.ClientId!;
    try {
      const temporary = "Temp0rary!pass";
      await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "lee", TemporaryPassword: temporary, MessageAction: "SUPPRESS" }));
      const login = await form(`${t.url}/login?${query()}`);
      const changePage = await post("/login", login.cookie, { _csrf: login.fields._csrf ?? "", username: "lee", password: temporary });
      assert.match(changePage.text, /name="newPassword"/);
      const afterChange = await post("/changePassword", changePage.cookie || login.cookie, {
        _csrf: changePage.fields._csrf ?? "",
        challenge: changePage.fields.challenge ?? "",
        newPassword: PASSWORD,
        confirmPassword: PASSWORD,
      });
      // No tokens yet: the set-up page, with a new secret.
      assert.equal(afterChange.status, 200, afterChange.location ?? "");
      const shown = /id="secretCode">([A-Z2-7]+)</.exec(afterChange.text)?.[1] ?? "";
      assert.equal(shown.length, 32, afterChange.text);
      const code = hotp(base32Decode(shown)!, totpStep(t.clock.now()));
      const done = await post("/mfa", afterChange.cookie || changePage.cookie, {
        _csrf: afterChange.fields._csrf ?? "",
        challenge: afterChange.fields.challenge ?? "",
        setup: "1",
        totpCode: code,
      });
      assert.equal(done.status, 302, done.text);
      assert.ok(new URL(done.location ?? "").searchParams.get("code"));
    } finally {
      clientId = previous;
    }
  });
});
