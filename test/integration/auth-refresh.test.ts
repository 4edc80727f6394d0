import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminInitiateAuthCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  RevokeTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "../../src/jwt/jwt.js";
import type { ClientRecord, PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { awsError, createClient, createPool, createUser, PASSWORD, secretHash } from "./auth-fixture.js";

describe("refresh: REFRESH_TOKEN_AUTH, GetTokensFromRefreshToken, rotation, revocation", () => {
  let t: TestServer;
  let pool: PoolRecord;
  let client: ClientRecord;
  before(async () => {
    t = await startServer();
    pool = await createPool(t, { UsernameAttributes: ["email"] });
    client = createClient(t, pool);
  });
  after(() => t.stop());

  let n = 0;
  async function signIn(c: ClientRecord = client) {
    const email = `user${++n}@example.com`;
    const user = await createUser(t, pool, { username: crypto.randomUUID(), attributes: { email, email_verified: "true" } });
    const hash: Record<string, string> = c.ClientSecret ? { SECRET_HASH: secretHash(c, email) } : {};
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: c.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: email, PASSWORD, ...hash } }),
    );
    return { user, email, tokens: out.AuthenticationResult ?? {} };
  }
  const refresh = (
    c: ClientRecord,
    token: string,
    AuthFlow: "REFRESH_TOKEN_AUTH" | "REFRESH_TOKEN" = "REFRESH_TOKEN_AUTH",
    more: Record<string, string> = {},
  ) => t.cognito.send(new InitiateAuthCommand({ ClientId: c.ClientId, AuthFlow, AuthParameters: { REFRESH_TOKEN: token, ...more } }));

  it("refreshes with REFRESH_TOKEN_AUTH and the REFRESH_TOKEN alias, keeping auth_time and origin_jti", async () => {
    const { tokens } = await signIn();
    const before = decodeJwt(tokens.AccessToken ?? "")?.payload ?? {};
    t.clock.advance(120_000);
    for (const flow of ["REFRESH_TOKEN_AUTH", "REFRESH_TOKEN"] as const) {
      const out = await refresh(client, tokens.RefreshToken ?? "", flow);
      assert.deepEqual(out.ChallengeParameters, {});
      assert.equal(out.AuthenticationResult?.RefreshToken, undefined, "no new refresh token without rotation");
      assert.equal(out.AuthenticationResult?.TokenType, "Bearer");
      const access = decodeJwt(out.AuthenticationResult?.AccessToken ?? "")?.payload ?? {};
      const id = decodeJwt(out.AuthenticationResult?.IdToken ?? "")?.payload ?? {};
      assert.equal(access.auth_time, before.auth_time);
      assert.equal(access.origin_jti, before.origin_jti);
      assert.equal(id.origin_jti, before.origin_jti);
      assert.notEqual(access.jti, before.jti);
      assert.ok((access.iat as number) >= (before.iat as number) + 120);
    }
  });

  it("also refreshes through AdminInitiateAuth", async () => {
    const { tokens } = await signIn();
    const out = await t.cognito.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool.Id,
        ClientId: client.ClientId,
        AuthFlow: "REFRESH_TOKEN_AUTH",
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken ?? "" },
      }),
    );
    assert.ok(out.AuthenticationResult?.IdToken);
  });

  it("refuses malformed, foreign-client, expired and revoked refresh tokens with AWS's messages", async () => {
    const { tokens } = await signIn();
    const rt = tokens.RefreshToken ?? "";
    await assert.rejects(refresh(client, "not-a-token"), awsError("NotAuthorizedException", "Invalid Refresh Token."));
    await assert.rejects(refresh(client, `${rt.slice(0, -4)}AAAA`), awsError("NotAuthorizedException", "Invalid Refresh Token."));
    const other = createClient(t, pool);
    await assert.rejects(refresh(other, rt), awsError("NotAuthorizedException", "Invalid Refresh Token."));

    const { tokens: t2 } = await signIn();
    t.clock.advance(31 * 86400_000);
    await assert.rejects(refresh(client, t2.RefreshToken ?? ""), awsError("NotAuthorizedException", "Refresh Token has expired"));

    const { tokens: t3 } = await signIn();
    await t.cognito.send(new GlobalSignOutCommand({ AccessToken: t3.AccessToken }));
    await assert.rejects(refresh(client, t3.RefreshToken ?? ""), awsError("NotAuthorizedException", "Refresh Token has been revoked"));
  });

  it("needs ALLOW_REFRESH_TOKEN_AUTH", async () => {
    const noRefresh = createClient(t, pool, { ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] });
    const { tokens } = await signIn(noRefresh);
    await assert.rejects(refresh(noRefresh, tokens.RefreshToken ?? ""), awsError("InvalidParameterException", "Auth flow not enabled for this client"));
  });

  it("checks a refresh SECRET_HASH against the internal username (the alias typed at sign-in also works)", async () => {
    const secret = createClient(t, pool, { ClientSecret: "zyxwvutsrqzyxwvutsrqzyxwvutsrq99" });
    const { user, email, tokens } = await signIn(secret);
    const rt = tokens.RefreshToken ?? "";
    await assert.rejects(
      refresh(secret, rt),
      awsError("NotAuthorizedException", `Client ${secret.ClientId} is configured with secret but SECRET_HASH was not received`),
    );
    await assert.rejects(
      refresh(secret, rt, "REFRESH_TOKEN_AUTH", { SECRET_HASH: secretHash(secret, "someone-else") }),
      awsError("NotAuthorizedException", `SecretHash does not match for the client: ${secret.ClientId}`),
    );
    assert.ok((await refresh(secret, rt, "REFRESH_TOKEN_AUTH", { SECRET_HASH: secretHash(secret, user.Username) })).AuthenticationResult?.AccessToken);
    assert.ok((await refresh(secret, rt, "REFRESH_TOKEN_AUTH", { SECRET_HASH: secretHash(secret, email) })).AuthenticationResult?.AccessToken);
  });

  it("GetTokensFromRefreshToken without rotation returns no refresh token", async () => {
    const { tokens } = await signIn();
    const out = await t.cognito.send(new GetTokensFromRefreshTokenCommand({ ClientId: client.ClientId, RefreshToken: tokens.RefreshToken }));
    assert.ok(out.AuthenticationResult?.AccessToken);
    assert.equal(out.AuthenticationResult?.RefreshToken, undefined);
  });

  it("GetTokensFromRefreshToken with rotation: a new refresh token, the old one dies after the grace period", async () => {
    const rotating = createClient(t, pool, {
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
      RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 10 },
    });
    const { tokens } = await signIn(rotating);
    const old = tokens.RefreshToken ?? "";
    const first = await t.cognito.send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating.ClientId, RefreshToken: old }));
    const fresh = first.AuthenticationResult?.RefreshToken ?? "";
    assert.ok(fresh && fresh !== old);
    const originBefore = decodeJwt(tokens.AccessToken ?? "")?.payload.origin_jti;
    assert.equal(decodeJwt(first.AuthenticationResult?.AccessToken ?? "")?.payload.origin_jti, originBefore);
    // Within the grace period the old one still works (a client retrying a lost response).
    t.clock.advance(5_000);
    assert.ok((await t.cognito.send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating.ClientId, RefreshToken: old }))).AuthenticationResult);
    t.clock.advance(6_000);
    await assert.rejects(
      t.cognito.send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating.ClientId, RefreshToken: old })),
      awsError("NotAuthorizedException", "Refresh Token has been revoked"),
    );
    const next = await t.cognito.send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating.ClientId, RefreshToken: fresh }));
    assert.ok(next.AuthenticationResult?.RefreshToken);
    // Rotation clients have REFRESH_TOKEN_AUTH switched off and must use GetTokensFromRefreshToken.
    await assert.rejects(refresh(rotating, fresh), awsError("InvalidParameterException", "Auth flow not enabled for this client"));
  });

  it("GetTokensFromRefreshToken authenticates a secret client with ClientSecret", async () => {
    const secret = createClient(t, pool, { ClientSecret: "qwertyuiopqwertyuiopqwertyuiop12" });
    const { tokens } = await signIn(secret);
    await assert.rejects(
      t.cognito.send(new GetTokensFromRefreshTokenCommand({ ClientId: secret.ClientId, RefreshToken: tokens.RefreshToken })),
      (e: Error) => e.name === "NotAuthorizedException",
    );
    const ok = await t.cognito.send(
      new GetTokensFromRefreshTokenCommand({ ClientId: secret.ClientId, RefreshToken: tokens.RefreshToken, ClientSecret: secret.ClientSecret }),
    );
    assert.ok(ok.AuthenticationResult?.IdToken);
  });

  it("RevokeToken revokes one family only", async () => {
    const { tokens: a } = await signIn();
    const second = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: `user${n}@example.com`, PASSWORD } }),
    );
    await t.cognito.send(new RevokeTokenCommand({ ClientId: client.ClientId, Token: a.RefreshToken }));
    await assert.rejects(refresh(client, a.RefreshToken ?? ""), awsError("NotAuthorizedException", "Refresh Token has been revoked"));
    assert.ok((await refresh(client, second.AuthenticationResult?.RefreshToken ?? "")).AuthenticationResult);
    // Cognito's own operations refuse the revoked family's access token, not the other one.
    await assert.rejects(
      t.cognito.send(new GetUserCommand({ AccessToken: a.AccessToken })),
      awsError("NotAuthorizedException", "Access Token has been revoked"),
    );
    assert.ok((await t.cognito.send(new GetUserCommand({ AccessToken: second.AuthenticationResult?.AccessToken }))).Username);
    // Revoking again, or an unknown token, is not an error (RFC 7009).
    await t.cognito.send(new RevokeTokenCommand({ ClientId: client.ClientId, Token: a.RefreshToken }));
  });

  it("RevokeToken refusals: revocation disabled, wrong secret, another client's token, an access token", async () => {
    const { tokens } = await signIn();
    const noRevoke = createClient(t, pool, { EnableTokenRevocation: false });
    await assert.rejects(
      t.cognito.send(new RevokeTokenCommand({ ClientId: noRevoke.ClientId, Token: tokens.RefreshToken })),
      (e: Error) => e.name === "UnsupportedOperationException",
    );
    const secret = createClient(t, pool, { ClientSecret: "poiuytrewqpoiuytrewqpoiuytrewq12" });
    await assert.rejects(
      t.cognito.send(new RevokeTokenCommand({ ClientId: secret.ClientId, Token: tokens.RefreshToken, ClientSecret: "wrongwrongwrongwrongwrong1" })),
      awsError("UnauthorizedException", "Invalid client or secret"),
    );
    const other = createClient(t, pool);
    await assert.rejects(
      t.cognito.send(new RevokeTokenCommand({ ClientId: other.ClientId, Token: tokens.RefreshToken })),
      (e: Error) => e.name === "UnauthorizedException",
    );
    await assert.rejects(
      t.cognito.send(new RevokeTokenCommand({ ClientId: client.ClientId, Token: tokens.AccessToken })),
      (e: Error) => e.name === "UnsupportedTokenTypeException",
    );
    assert.ok((await refresh(client, tokens.RefreshToken ?? "")).AuthenticationResult, "none of the refusals revoked anything");
  });
});
