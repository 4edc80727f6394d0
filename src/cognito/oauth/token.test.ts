import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { resolveConfig } from "../../config.js";
import { epochSeconds, ManualClock } from "../../platform/clock.js";
import { silentLogger } from "../../platform/log.js";
import { createPoolgate, type Poolgate } from "../../server/app.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import type { AuthorizationCodeRow } from "../../store/oauth/codes.js";
import { oauthStore } from "../../store/oauth/index.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { KeyRing } from "../tokens/keyring.js";
import { tokenEndpoint } from "./token.js";

/** A request the endpoint reads like a real one: method, headers and a body stream. */
function fakeRequest(method: string, headers: Record<string, string>, body = ""): IncomingMessage {
  const r = Readable.from(body ? [Buffer.from(body)] : []) as unknown as IncomingMessage;
  Object.assign(r, { method, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) });
  return r;
}

interface Captured {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

function fakeResponse(): { res: ServerResponse; out: Captured } {
  const out: Captured = { status: 0, headers: {}, body: "" };
  const res = {
    headersSent: false,
    writeHead(status: number, headers: Record<string, unknown>) {
      out.status = status;
      out.headers = headers;
      this.headersSent = true;
    },
    end(buf?: Buffer) {
      out.body = buf ? buf.toString() : "";
    },
  };
  return { res: res as unknown as ServerResponse, out };
}

const VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const basic = (id: string, secret: string) => ({ ...FORM, authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}` });

describe("POST /oauth2/token errors (table)", () => {
  let app: Poolgate;
  let ctx: HostedUiContext;
  let pool: PoolRecord;
  const clients: Record<string, ClientRecord> = {};

  before(async () => {
    app = createPoolgate(resolveConfig({ ephemeral: true, logLevel: "silent", port: 0 }, {}), { clock: new ManualClock(), log: silentLogger });
    const s = app.services;
    const now = epochSeconds(s.clock);
    pool = {
      Id: "us-east-1_TokenTab1",
      Name: "t",
      Arn: "arn",
      Policies: { PasswordPolicy: {} as never },
      LambdaConfig: {},
      LastModifiedDate: now,
      CreationDate: now,
      SchemaAttributes: [],
      MfaConfiguration: "OFF",
      EstimatedNumberOfUsers: 0,
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    };
    const keys = await KeyRing.generate(pool.Id);
    s.cognito.tx(() => {
      s.cognito.pools.put(pool);
      for (const k of keys) s.cognito.keys.insert(k);
    });
    s.cognito.resourceServers.put({ UserPoolId: pool.Id, Identifier: "api", Name: "api", Scopes: [{ ScopeName: "read", ScopeDescription: "r" }] });
    const base = {
      UserPoolId: pool.Id,
      LastModifiedDate: now,
      CreationDate: now,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" } as const,
      ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"],
      AllowedOAuthFlowsUserPoolClient: true,
      PreventUserExistenceErrors: "ENABLED" as const,
      EnableTokenRevocation: true,
      EnablePropagateAdditionalUserContextData: false,
      AuthSessionValidity: 3,
    };
    const put = (c: Partial<ClientRecord> & { ClientId: string }) => {
      const rec = { ...base, ClientName: c.ClientId, ...c } as ClientRecord;
      s.cognito.clients.put(rec);
      clients[c.ClientId] = rec;
    };
    put({ ClientId: "public", AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid"], CallbackURLs: ["https://app/cb"] });
    put({ ClientId: "m2m", ClientSecret: "s3cr3t-s3cr3t-s3cr3t-s3cr3t", AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["api/read"] });
    put({
      ClientId: "m2mnoflag",
      ClientSecret: "s3cr3t-s3cr3t-s3cr3t-s3cr3t",
      AllowedOAuthFlowsUserPoolClient: false,
      AllowedOAuthFlows: ["client_credentials"],
      AllowedOAuthScopes: ["api/read"],
    });
    put({
      ClientId: "conf",
      ClientSecret: "another-secret-another-secret",
      AllowedOAuthFlows: ["code"],
      AllowedOAuthScopes: ["openid"],
      CallbackURLs: ["https://app/cb"],
    });
    put({
      ClientId: "readonly",
      AllowedOAuthFlows: ["code"],
      AllowedOAuthScopes: ["openid", "email"],
      CallbackURLs: ["https://app/cb"],
      ReadAttributes: ["email"],
    });
    put({ ClientId: "noauth", AllowedOAuthFlowsUserPoolClient: false, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"] });
    ctx = { s, oauth: oauthStore(s.db), origin: "http://127.0.0.1", secure: false };
    // Codes as /login would have issued them (the checks below fail before the user is looked up).
    const code = (id: string, fields: Partial<AuthorizationCodeRow> = {}) =>
      ctx.oauth.codes.insert({
        code: id,
        poolId: pool.Id,
        clientId: "public",
        usernameKey: "nobody",
        redirectUri: "https://app/cb",
        scope: "openid",
        nonce: null,
        codeChallenge: null,
        codeChallengeMethod: null,
        authTime: now,
        expiresAt: now + 300,
        ...fields,
      });
    code("pkce-code", { codeChallenge: createHash("sha256").update(VERIFIER).digest("base64url"), codeChallengeMethod: "S256" });
    code("pkce-code-2", { codeChallenge: createHash("sha256").update(VERIFIER).digest("base64url"), codeChallengeMethod: "S256" });
    code("other-redirect");
    code("other-client", { clientId: "conf" });
    code("expired", { expiresAt: now - 1 });
    // A real user, so that only the readable-attributes rule stands between this code and tokens.
    s.cognito.users.put(pool.Id, "reader", {
      Username: "reader",
      Attributes: [{ Name: "sub", Value: "0f0f0f0f-1111-2222-3333-444444444444" }],
      Enabled: true,
      UserStatus: "CONFIRMED",
      UserCreateDate: now,
      UserLastModifiedDate: now,
    });
    code("unreadable", { clientId: "readonly", scope: "openid email", usernameKey: "reader" });
    code("readable", { clientId: "readonly", scope: "openid", usernameKey: "reader" });
  });
  after(() => app.close());

  const M2M = "s3cr3t-s3cr3t-s3cr3t-s3cr3t";
  const cases: { name: string; method?: string; headers: Record<string, string>; body: string; status: number; error?: string }[] = [
    { name: "GET is 405 with an empty body", method: "GET", headers: {}, body: "", status: 405 },
    { name: "a JSON content type is 405", headers: { "content-type": "application/json" }, body: '{"grant_type":"client_credentials"}', status: 405 },
    { name: "a quoted form content type is 405", headers: { "content-type": "'application/x-www-form-urlencoded'" }, body: "grant_type=x", status: 405 },
    { name: "no content type is 405", headers: {}, body: "grant_type=x", status: 405 },
    { name: "a JSON body with the form content type", headers: FORM, body: '{"grant_type":"client_credentials"}', status: 400, error: "invalid_request" },
    {
      name: "a repeated parameter",
      headers: FORM,
      body: "grant_type=client_credentials&grant_type=client_credentials&client_id=m2m",
      status: 400,
      error: "invalid_request",
    },
    { name: "no grant_type", headers: FORM, body: "client_id=public", status: 400, error: "invalid_request" },
    {
      name: "the password grant does not exist",
      headers: FORM,
      body: "grant_type=password&client_id=public&username=a&password=b",
      status: 400,
      error: "unsupported_grant_type",
    },
    {
      name: "unknown client",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=nobody&code=x&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_client",
    },
    { name: "no client at all", headers: FORM, body: "grant_type=authorization_code&code=x", status: 400, error: "invalid_client" },
    { name: "wrong secret (Basic)", headers: basic("m2m", "wrong"), body: "grant_type=client_credentials", status: 400, error: "invalid_client" },
    {
      name: "wrong secret (body)",
      headers: FORM,
      body: "grant_type=client_credentials&client_id=m2m&client_secret=wrong",
      status: 400,
      error: "invalid_client",
    },
    {
      name: "secret missing for a confidential client",
      headers: FORM,
      body: "grant_type=client_credentials&client_id=m2m",
      status: 400,
      error: "invalid_client",
    },
    {
      name: "a secret sent for a public client",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&client_secret=x&code=c&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_client",
    },
    {
      name: "Basic and body secrets together",
      headers: basic("m2m", M2M),
      body: `grant_type=client_credentials&client_secret=${M2M}`,
      status: 400,
      error: "invalid_request",
    },
    {
      name: "Basic id differs from body client_id",
      headers: basic("m2m", M2M),
      body: "grant_type=client_credentials&client_id=conf",
      status: 400,
      error: "invalid_client",
    },
    {
      name: "code grant without code",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_request",
    },
    {
      name: "code grant without redirect_uri",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&code=abc",
      status: 400,
      error: "invalid_request",
    },
    {
      name: "unknown code",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&code=abc&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "code grant for a client without OAuth",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=noauth&code=abc&redirect_uri=https://app/cb",
      status: 400,
      error: "unauthorized_client",
    },
    {
      name: "PKCE code without code_verifier",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&code=pkce-code&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "PKCE code with the wrong code_verifier",
      headers: FORM,
      body: `grant_type=authorization_code&client_id=public&code=pkce-code-2&redirect_uri=https://app/cb&code_verifier=${"x".repeat(43)}`,
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "redirect_uri differs from the authorize request",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&code=other-redirect&redirect_uri=https://app/cb2",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "a code issued to another client",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&code=other-client&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "an expired code (5 minutes)",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&code=expired&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "email scope for a client that cannot read email_verified",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=readonly&code=unreadable&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "a code already consumed by a failed attempt",
      headers: FORM,
      body: "grant_type=authorization_code&client_id=public&code=pkce-code&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "Postman's Basic with an empty secret for a public client counts as client_secret_post",
      headers: basic("public", ""),
      body: "grant_type=authorization_code&code=zzz&redirect_uri=https://app/cb",
      status: 400,
      error: "invalid_grant",
    },
    { name: "refresh without refresh_token", headers: FORM, body: "grant_type=refresh_token&client_id=public", status: 400, error: "invalid_request" },
    {
      name: "unknown refresh token",
      headers: FORM,
      body: "grant_type=refresh_token&client_id=public&refresh_token=a.b.c.d.e",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "refresh for a client without ALLOW_REFRESH_TOKEN_AUTH",
      headers: FORM,
      body: "grant_type=refresh_token&client_id=noauth&refresh_token=a.b.c.d.e",
      status: 400,
      error: "unauthorized_client",
    },
    {
      name: "client_credentials for a public client",
      headers: FORM,
      body: "grant_type=client_credentials&client_id=public",
      status: 400,
      error: "invalid_client",
    },
    {
      name: "client_credentials for a code-flow client",
      headers: basic("conf", "another-secret-another-secret"),
      body: "grant_type=client_credentials",
      status: 400,
      error: "unauthorized_client",
    },
    {
      name: "client_credentials without AllowedOAuthFlowsUserPoolClient",
      headers: basic("m2mnoflag", M2M),
      body: "grant_type=client_credentials",
      status: 400,
      error: "invalid_grant",
    },
    {
      name: "client_credentials with openid",
      headers: basic("m2m", M2M),
      body: "grant_type=client_credentials&scope=openid",
      status: 400,
      error: "invalid_scope",
    },
    {
      name: "client_credentials with an unallowed scope",
      headers: basic("m2m", M2M),
      body: "grant_type=client_credentials&scope=api/write",
      status: 400,
      error: "invalid_scope",
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const { res, out } = fakeResponse();
      await tokenEndpoint(ctx, fakeRequest(c.method ?? "POST", c.headers, c.body), res, {
        url: new URL("http://x/oauth2/token"),
        hostname: "x",
        requestId: "r",
        sourceIp: "",
      });
      assert.equal(out.status, c.status);
      if (c.error === undefined) {
        assert.equal(out.body, "");
        assert.equal(out.headers["content-length"], 0);
      } else {
        assert.deepEqual(JSON.parse(out.body), { error: c.error });
        assert.equal(out.headers["content-type"], "application/json;charset=UTF-8");
      }
    });
  }

  it("the readonly client's code without the email scope redeems (control case)", async () => {
    const { res, out } = fakeResponse();
    await tokenEndpoint(ctx, fakeRequest("POST", FORM, "grant_type=authorization_code&client_id=readonly&code=readable&redirect_uri=https://app/cb"), res, {
      url: new URL("http://x/oauth2/token"),
      hostname: "x",
      requestId: "r",
      sourceIp: "",
    });
    assert.equal(out.status, 200);
    assert.deepEqual(Object.keys(JSON.parse(out.body)), ["id_token", "access_token", "refresh_token", "expires_in", "token_type"]);
  });

  it("a good client_credentials request passes every check (control case)", async () => {
    const { res, out } = fakeResponse();
    await tokenEndpoint(ctx, fakeRequest("POST", basic("m2m", M2M), "grant_type=client_credentials"), res, {
      url: new URL("http://x/oauth2/token"),
      hostname: "x",
      requestId: "r",
      sourceIp: "",
    });
    assert.equal(out.status, 200);
    assert.deepEqual(Object.keys(JSON.parse(out.body)).sort(), ["access_token", "expires_in", "token_type"]);
  });
});
