import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { CreateUserPoolClientCommand, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { type OAuthWorld, PASSWORD, putUser, RESOURCE_SERVER, seedOAuthWorld } from "../harness/oauth-fixtures.js";
import { startServer, type TestServer } from "../harness/server.js";

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

/** A request with a chosen Host header (fetch cannot set one): how the domain host is reached without DNS. */
function withHost(
  url: string,
  host: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method, headers: { ...init.headers, host } }, (res) => {
      let body = "";
      res.on("data", (c) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

describe("POST /oauth2/token over HTTP", () => {
  let t: TestServer;
  let w: OAuthWorld;
  before(async () => {
    t = await startServer();
    w = await seedOAuthWorld(t);
  });
  after(() => t.stop());

  const token = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(body),
    });

  it("answers a JSON body with 405 and an empty body, as Cognito does", async () => {
    const res = await fetch(`${t.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials", client_id: w.m2mClient.ClientId }),
    });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get("content-length"), "0");
    assert.equal(await res.text(), "");
    const get = await fetch(`${t.url}/oauth2/token`);
    assert.equal(get.status, 405);
    assert.equal(await get.text(), "");
  });

  it("issues a client_credentials access token for a resource-server scope (sub = client id, version 2)", async () => {
    const res = await token(
      { grant_type: "client_credentials", scope: `${RESOURCE_SERVER}/read` },
      { authorization: basic(w.m2mClient.ClientId, w.m2mClient.ClientSecret as string) },
    );
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/json;charset=UTF-8");
    assert.equal(res.headers.get("cache-control"), "no-store");
    const body = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body), ["access_token", "expires_in", "token_type"]);
    assert.equal(body.token_type, "Bearer");
    assert.equal(body.expires_in, 3600);
    const jwks = createRemoteJWKSet(new URL(`${t.url}/${w.pool.Id}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(body.access_token as string, jwks, { issuer: `${t.url}/${w.pool.Id}` });
    assert.deepEqual(Object.keys(protectedHeader), ["kid", "alg"]);
    assert.equal(payload.sub, w.m2mClient.ClientId);
    assert.equal(payload.client_id, w.m2mClient.ClientId);
    assert.equal(payload.version, 2);
    assert.equal(payload.token_use, "access");
    assert.equal(payload.scope, `${RESOURCE_SERVER}/read`);
    assert.equal(payload.username, undefined);
    assert.equal(payload.aud, undefined);
  });

  it("grants every allowed custom scope when none is asked, with client_secret_post too", async () => {
    const res = await token({ grant_type: "client_credentials", client_id: w.m2mClient.ClientId, client_secret: w.m2mClient.ClientSecret as string });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { access_token: string };
    const claims = JSON.parse(Buffer.from(body.access_token.split(".")[1] as string, "base64url").toString());
    assert.equal(claims.scope, `${RESOURCE_SERVER}/read ${RESOURCE_SERVER}/write`);
  });

  it("refuses a wrong secret with invalid_client", async () => {
    const res = await token({ grant_type: "client_credentials" }, { authorization: basic(w.m2mClient.ClientId, "not-the-secret") });
    assert.equal(res.status, 400);
    assert.deepEqual(await res.json(), { error: "invalid_client" });
  });

  it("serves the token endpoint on the domain host; an unknown domain is 404", async () => {
    const host = new URL(t.app.services.urls.hostedUiDomainBase(w.domainPrefix, "us-east-1")).host;
    const body = new URLSearchParams({ grant_type: "client_credentials" }).toString();
    const headers = { "content-type": "application/x-www-form-urlencoded", authorization: basic(w.m2mClient.ClientId, w.m2mClient.ClientSecret as string) };
    const ok = await withHost(`${t.url}/oauth2/token`, host, { method: "POST", headers, body });
    assert.equal(ok.status, 200);
    const unknownDomain = await withHost(`${t.url}/oauth2/token`, `nope.auth.us-east-1.localhost`, { method: "POST", headers, body });
    assert.equal(unknownDomain.status, 404);
  });

  it("refuses InitiateAuth access tokens at userInfo (no openid scope)", async () => {
    await putUser(t, w.pool, "api-user");
    const client = await t.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: w.pool.Id,
        ClientName: "sdk",
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    const signedIn = await t.cognito.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: client.UserPoolClient?.ClientId,
        AuthParameters: { USERNAME: "api-user", PASSWORD },
      }),
    );
    const accessToken = signedIn.AuthenticationResult?.AccessToken as string;
    assert.equal(JSON.parse(Buffer.from(accessToken.split(".")[1] as string, "base64url").toString()).scope, "aws.cognito.signin.user.admin");
    const res = await fetch(`${t.url}/oauth2/userInfo`, { headers: { authorization: `Bearer ${accessToken}` } });
    assert.equal(res.status, 401);
    assert.equal(
      res.headers.get("www-authenticate"),
      'error="invalid_token", error_description="Access token is expired, disabled, or deleted, or the user has globally signed out."',
    );
    const garbage = await fetch(`${t.url}/oauth2/userInfo`, { headers: { authorization: "Bearer not.a.token" } });
    assert.equal(garbage.status, 401);
    const malformed = await fetch(`${t.url}/oauth2/userInfo`, { headers: { authorization: "Token abc" } });
    assert.equal(malformed.status, 400);
    assert.match(malformed.headers.get("www-authenticate") ?? "", /error="invalid_request"/);
  });

  it("revokes: 200 for unknown tokens, unsupported_token_type for JWTs, 401 invalid_client for a bad secret", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const unknown = await fetch(`${t.url}/oauth2/revoke`, {
      method: "POST",
      headers: form,
      body: new URLSearchParams({ token: "a.b.c.d.e", client_id: w.publicClient.ClientId }),
    });
    assert.equal(unknown.status, 200);
    assert.equal(await unknown.text(), "");
    const jwt = await fetch(`${t.url}/oauth2/revoke`, {
      method: "POST",
      headers: form,
      body: new URLSearchParams({ token: "eyJhbGciOiJIUzI1NiJ9.e30.sig", client_id: w.publicClient.ClientId }),
    });
    assert.equal(jwt.status, 400);
    assert.deepEqual(await jwt.json(), { error: "unsupported_token_type" });
    const missing = await fetch(`${t.url}/oauth2/revoke`, { method: "POST", headers: form, body: new URLSearchParams({ client_id: w.publicClient.ClientId }) });
    assert.equal(missing.status, 400);
    assert.deepEqual(await missing.json(), { error: "invalid_request" });
    const bad = await fetch(`${t.url}/oauth2/revoke`, {
      method: "POST",
      headers: { ...form, authorization: basic(w.confidentialClient.ClientId, "wrong") },
      body: new URLSearchParams({ token: "a.b.c.d.e" }),
    });
    assert.equal(bad.status, 401);
    assert.deepEqual(await bad.json(), { error: "invalid_client" });
  });

  it("answers the CORS preflight of the token endpoint", async () => {
    const res = await fetch(`${t.url}/oauth2/token`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:3000", "access-control-request-method": "POST" },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get("access-control-allow-origin"), "*");
  });
});

describe("client_credentials tokens and aws-jwt-verify (issuer mode aws)", () => {
  let t: TestServer;
  let w: OAuthWorld;
  before(async () => {
    t = await startServer({ issuer: "aws" });
    w = await seedOAuthWorld(t);
  });
  after(() => t.stop());

  it("verifies the machine-to-machine access token with CognitoJwtVerifier, scope included", async () => {
    const res = await fetch(`${t.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic(w.m2mClient.ClientId, w.m2mClient.ClientSecret as string) },
      body: new URLSearchParams({ grant_type: "client_credentials", scope: `${RESOURCE_SERVER}/write` }),
    });
    const { access_token } = (await res.json()) as { access_token: string };
    const verifier = CognitoJwtVerifier.create({
      userPoolId: w.pool.Id,
      tokenUse: "access",
      clientId: w.m2mClient.ClientId,
      scope: `${RESOURCE_SERVER}/write`,
    });
    verifier.cacheJwks((await (await fetch(`${t.url}/${w.pool.Id}/.well-known/jwks.json`)).json()) as never);
    const payload = await verifier.verify(access_token);
    assert.equal(payload.iss, `https://cognito-idp.us-east-1.amazonaws.com/${w.pool.Id}`);
    assert.equal(payload.sub, w.m2mClient.ClientId);
    const wrongScope = CognitoJwtVerifier.create({
      userPoolId: w.pool.Id,
      tokenUse: "access",
      clientId: w.m2mClient.ClientId,
      scope: `${RESOURCE_SERVER}/read`,
    });
    wrongScope.cacheJwks((await (await fetch(`${t.url}/${w.pool.Id}/.well-known/jwks.json`)).json()) as never);
    await assert.rejects(wrongScope.verify(access_token));
  });
});
