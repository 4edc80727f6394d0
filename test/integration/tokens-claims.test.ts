import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier, JwtRsaVerifier } from "aws-jwt-verify";
import { SimpleJwksCache } from "aws-jwt-verify/jwk";
import { decodeJwt } from "../../src/jwt/jwt.js";
import type { ClientRecord, PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { addToGroup, createClient, createPool, createUser, PASSWORD } from "./auth-fixture.js";

// aws-jwt-verify fetches over https only; a fetcher over plain fetch() lets it read poolgate's loopback JWKS.
const httpJwksCache = () => new SimpleJwksCache({ fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() } });

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

describe("token claim sets and third-party verification (local issuer)", () => {
  let t: TestServer;
  let pool: PoolRecord;
  let client: ClientRecord;
  let tokens: { IdToken: string; AccessToken: string };
  before(async () => {
    t = await startServer();
    pool = await createPool(t, { Schema: [{ Name: "tier", AttributeDataType: "Number", Mutable: true }] });
    client = createClient(t, pool);
    await createUser(t, pool, {
      username: "carol",
      attributes: { email: "carol@example.com", email_verified: "true", phone_number: "+15555550100", phone_number_verified: "false", "custom:tier": "3" },
    });
    addToGroup(t, pool, "admins", "carol");
    addToGroup(t, pool, "editors", "carol");
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "carol", PASSWORD } }),
    );
    tokens = { IdToken: out.AuthenticationResult?.IdToken ?? "", AccessToken: out.AuthenticationResult?.AccessToken ?? "" };
  });
  after(() => t.stop());

  it("publishes a JWKS with the two RS256 keys that sign ID and access tokens", async () => {
    const jwks = (await (await fetch(`${t.url}/${pool.Id}/.well-known/jwks.json`)).json()) as { keys: Record<string, string>[] };
    assert.equal(jwks.keys.length, 2);
    for (const k of jwks.keys) assert.deepEqual(Object.keys(k), ["alg", "e", "kid", "kty", "n", "use"]);
    const id = decodeJwt(tokens.IdToken);
    const access = decodeJwt(tokens.AccessToken);
    assert.deepEqual(Object.keys(id?.header ?? {}), ["kid", "alg"]);
    assert.deepEqual(Object.keys(access?.header ?? {}), ["kid", "alg"]);
    assert.equal(id?.header.alg, "RS256");
    assert.notEqual(id?.header.kid, access?.header.kid);
    assert.deepEqual(jwks.keys.map((k) => k.kid).sort(), [id?.header.kid, access?.header.kid].sort());
    assert.match(String(id?.header.kid), /^[A-Za-z0-9+/]{43}=$/);
  });

  it("gives the ID token aud (a string), no client_id, attributes with boolean *_verified and string custom:*", () => {
    const c = decodeJwt(tokens.IdToken)?.payload ?? {};
    assert.equal(c.aud, client.ClientId);
    assert.equal(c.client_id, undefined);
    assert.equal(c.token_use, "id");
    assert.equal(c.iss, `${t.url}/${pool.Id}`);
    assert.equal(c["cognito:username"], "carol");
    assert.deepEqual(c["cognito:groups"], ["admins", "editors"]);
    assert.equal(c.email, "carol@example.com");
    assert.equal(c.email_verified, true);
    assert.equal(c.phone_number_verified, false);
    assert.equal(c["custom:tier"], "3");
    assert.match(String(c.sub), /^[0-9a-f-]{36}$/);
    assert.match(String(c.jti), /^[0-9a-f-]{36}$/);
    assert.match(String(c.origin_jti), /^[0-9a-f-]{36}$/);
    assert.match(String(c.event_id), /^[0-9a-f-]{36}$/);
    assert.equal((c.exp as number) - (c.iat as number), 3600);
    assert.equal(c.auth_time, c.iat);
  });

  it("gives the access token client_id, no aud, the admin scope and username", () => {
    const c = decodeJwt(tokens.AccessToken)?.payload ?? {};
    assert.equal(c.client_id, client.ClientId);
    assert.equal("aud" in c, false);
    assert.equal(c.token_use, "access");
    assert.equal(c.scope, "aws.cognito.signin.user.admin");
    assert.equal(c.username, "carol");
    assert.deepEqual(c["cognito:groups"], ["admins", "editors"]);
    assert.equal(c.version, undefined);
    assert.equal(c.origin_jti, decodeJwt(tokens.IdToken)?.payload.origin_jti);
    assert.equal(c.email, undefined);
    assert.deepEqual(Object.keys(c), [
      "sub",
      "cognito:groups",
      "iss",
      "client_id",
      "origin_jti",
      "event_id",
      "token_use",
      "scope",
      "auth_time",
      "exp",
      "iat",
      "jti",
      "username",
    ]);
  });

  it("omits cognito:groups for a user in no group and origin_jti when revocation is off", async () => {
    await createUser(t, pool, { username: "dave" });
    const noRevoke = createClient(t, pool, { EnableTokenRevocation: false });
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: noRevoke.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "dave", PASSWORD } }),
    );
    const id = decodeJwt(out.AuthenticationResult?.IdToken ?? "")?.payload ?? {};
    const access = decodeJwt(out.AuthenticationResult?.AccessToken ?? "")?.payload ?? {};
    assert.equal("cognito:groups" in id, false);
    assert.equal("cognito:groups" in access, false);
    assert.equal("origin_jti" in id, false);
    assert.equal("origin_jti" in access, false);
  });

  it("is accepted by aws-jwt-verify's JwtRsaVerifier (ID with audience, access without)", async () => {
    const jwksUri = `${t.url}/${pool.Id}/.well-known/jwks.json`;
    const idVerifier = JwtRsaVerifier.create({ issuer: `${t.url}/${pool.Id}`, audience: client.ClientId, jwksUri }, { jwksCache: httpJwksCache() });
    const idPayload = await idVerifier.verify(tokens.IdToken);
    assert.equal(idPayload.token_use, "id");
    const accessVerifier = JwtRsaVerifier.create({ issuer: `${t.url}/${pool.Id}`, audience: null, jwksUri }, { jwksCache: httpJwksCache() });
    const accessPayload = await accessVerifier.verify(tokens.AccessToken);
    assert.equal(accessPayload.client_id, client.ClientId);
  });

  it("is rejected by aws-jwt-verify when tampered: changed payload, stripped signature, alg none", async () => {
    const jwksUri = `${t.url}/${pool.Id}/.well-known/jwks.json`;
    const verifier = JwtRsaVerifier.create({ issuer: `${t.url}/${pool.Id}`, audience: client.ClientId, jwksUri }, { jwksCache: httpJwksCache() });
    const [h, p, sig] = tokens.IdToken.split(".");
    const payload = JSON.parse(Buffer.from(p ?? "", "base64url").toString());
    const changed = `${h}.${b64({ ...payload, "cognito:groups": ["root"] })}.${sig}`;
    await assert.rejects(verifier.verify(changed), /signature/i);
    await assert.rejects(verifier.verify(`${h}.${p}.`));
    const none = `${b64({ kid: JSON.parse(Buffer.from(h ?? "", "base64url").toString()).kid, alg: "none" })}.${p}.`;
    await assert.rejects(verifier.verify(none));
    // Sanity: the untouched token still verifies with the same verifier.
    assert.equal((await verifier.verify(tokens.IdToken)).sub, payload.sub);
  });

  it("expires: aws-jwt-verify refuses once exp has passed on the server clock", async () => {
    // The verifier uses the real clock, so mint with a clock moved back two hours instead of moving it forward.
    t.clock.advance(-2 * 3600_000);
    try {
      await createUser(t, pool, { username: "erin" });
      const out = await t.cognito.send(
        new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "erin", PASSWORD } }),
      );
      const verifier = JwtRsaVerifier.create(
        { issuer: `${t.url}/${pool.Id}`, audience: client.ClientId, jwksUri: `${t.url}/${pool.Id}/.well-known/jwks.json` },
        { jwksCache: httpJwksCache() },
      );
      await assert.rejects(verifier.verify(out.AuthenticationResult?.IdToken ?? ""), /expired/i);
    } finally {
      t.clock.advance(2 * 3600_000);
    }
  });
});

describe("CognitoJwtVerifier with the AWS issuer", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer({ issuer: "aws" });
  });
  after(() => t.stop());

  it("accepts poolgate's ID and access tokens once given poolgate's JWKS", async () => {
    const pool = await createPool(t);
    const client = createClient(t, pool);
    await createUser(t, pool, { username: "frank" });
    addToGroup(t, pool, "ops", "frank");
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "frank", PASSWORD } }),
    );
    const jwks = await (await fetch(`${t.url}/${pool.Id}/.well-known/jwks.json`)).json();
    const idVerifier = CognitoJwtVerifier.create({ userPoolId: pool.Id, tokenUse: "id", clientId: client.ClientId });
    idVerifier.cacheJwks(jwks);
    const id = await idVerifier.verify(out.AuthenticationResult?.IdToken ?? "");
    assert.equal(id.iss, `https://cognito-idp.us-east-1.amazonaws.com/${pool.Id}`);
    const accessVerifier = CognitoJwtVerifier.create({
      userPoolId: pool.Id,
      tokenUse: "access",
      clientId: client.ClientId,
      groups: "ops",
      scope: "aws.cognito.signin.user.admin",
    });
    accessVerifier.cacheJwks(jwks);
    const access = await accessVerifier.verify(out.AuthenticationResult?.AccessToken ?? "");
    assert.equal(access.username, "frank");
    // token_use is enforced: an ID token is not an access token.
    await assert.rejects(accessVerifier.verify(out.AuthenticationResult?.IdToken ?? ""));
    const otherClient = CognitoJwtVerifier.create({ userPoolId: pool.Id, tokenUse: "id", clientId: "someotherclient" });
    otherClient.cacheJwks(jwks);
    await assert.rejects(otherClient.verify(out.AuthenticationResult?.IdToken ?? ""));
  });
});
