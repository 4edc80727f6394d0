import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { AdminInitiateAuthCommand, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "../../src/jwt/jwt.js";
import type { PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { awsError, createClient, createPool, createUser, PASSWORD, secretHash } from "./auth-fixture.js";

describe("InitiateAuth / AdminInitiateAuth with passwords", () => {
  let t: TestServer;
  let pool: PoolRecord;
  before(async () => {
    t = await startServer();
    pool = await createPool(t, { AliasAttributes: ["email"] });
    await createUser(t, pool, { username: "alice", attributes: { email: "alice@example.com", email_verified: "true" } });
  });
  after(() => t.stop());

  const signIn = (clientId: string, USERNAME: string, PASSWORD_: string, extra: Record<string, string> = {}) =>
    t.cognito.send(
      new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD: PASSWORD_, ...extra } }),
    );

  it("signs in with USER_PASSWORD_AUTH: tokens, empty ChallengeParameters, no Session", async () => {
    const client = createClient(t, pool);
    const out = await signIn(client.ClientId, "alice", PASSWORD);
    assert.deepEqual(out.ChallengeParameters, {});
    assert.equal(out.Session, undefined);
    assert.equal(out.ChallengeName, undefined);
    const r = out.AuthenticationResult;
    assert.equal(r?.TokenType, "Bearer");
    assert.equal(r?.ExpiresIn, 3600);
    assert.match(r?.AccessToken ?? "", /^eyJraWQiOi/);
    assert.match(r?.IdToken ?? "", /^eyJraWQiOi/);
    assert.match(r?.RefreshToken ?? "", /^eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ\.[^.]+\.[^.]+\.[^.]+\.[^.]+$/);
    assert.equal(decodeJwt(r?.IdToken ?? "")?.payload["cognito:username"], "alice");
  });

  it("signs in by a verified email alias and a case-insensitive username", async () => {
    const client = createClient(t, pool);
    const byAlias = await signIn(client.ClientId, "alice@example.com", PASSWORD);
    assert.equal(decodeJwt(byAlias.AuthenticationResult?.AccessToken ?? "")?.payload.username, "alice");
    const byCase = await signIn(client.ClientId, "ALICE", PASSWORD);
    assert.ok(byCase.AuthenticationResult?.IdToken);
  });

  it("refuses flows the client does not enable, with AWS's messages", async () => {
    const client = createClient(t, pool, { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"] });
    await assert.rejects(
      signIn(client.ClientId, "alice", PASSWORD),
      awsError("InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client"),
    );
    await assert.rejects(
      t.cognito.send(
        new AdminInitiateAuthCommand({
          UserPoolId: pool.Id,
          ClientId: client.ClientId,
          AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "alice", PASSWORD },
        }),
      ),
      awsError("InvalidParameterException", "Auth flow not enabled for this client"),
    );
  });

  it("honours legacy ExplicitAuthFlows values", async () => {
    const client = createClient(t, pool, { ExplicitAuthFlows: ["USER_PASSWORD_AUTH"] });
    const out = await signIn(client.ClientId, "alice", PASSWORD);
    assert.ok(out.AuthenticationResult?.AccessToken);
  });

  it("keeps the admin flows to AdminInitiateAuth and USER_PASSWORD_AUTH to InitiateAuth", async () => {
    const client = createClient(t, pool);
    await assert.rejects(
      t.cognito.send(
        new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }),
      ),
      awsError("InvalidParameterException", "Initiate Auth method not supported."),
    );
    for (const AuthFlow of ["ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"] as const) {
      const out = await t.cognito.send(
        new AdminInitiateAuthCommand({ UserPoolId: pool.Id, ClientId: client.ClientId, AuthFlow, AuthParameters: { USERNAME: "alice", PASSWORD } }),
      );
      assert.ok(out.AuthenticationResult?.RefreshToken, AuthFlow);
    }
  });

  it("answers a client of another pool in AdminInitiateAuth with ResourceNotFoundException", async () => {
    const other = await createPool(t);
    const client = createClient(t, other);
    await assert.rejects(
      t.cognito.send(
        new AdminInitiateAuthCommand({
          UserPoolId: pool.Id,
          ClientId: client.ClientId,
          AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "alice", PASSWORD },
        }),
      ),
      awsError("ResourceNotFoundException", `User pool client ${client.ClientId} does not exist.`),
    );
  });

  it("asks for missing parameters by name", async () => {
    const client = createClient(t, pool);
    await assert.rejects(
      t.cognito.send(new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { PASSWORD } })),
      awsError("InvalidParameterException", "Missing required parameter USERNAME"),
    );
    await assert.rejects(
      t.cognito.send(new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice" } })),
      awsError("InvalidParameterException", "Missing required parameter PASSWORD"),
    );
  });

  it("refuses a wrong password and an unknown user per PreventUserExistenceErrors", async () => {
    const enabled = createClient(t, pool, { PreventUserExistenceErrors: "ENABLED" });
    const legacy = createClient(t, pool, { PreventUserExistenceErrors: "LEGACY" });
    await assert.rejects(signIn(enabled.ClientId, "alice", "Wrong-pass-1"), awsError("NotAuthorizedException", "Incorrect username or password."));
    await assert.rejects(signIn(enabled.ClientId, "nobody", PASSWORD), awsError("NotAuthorizedException", "Incorrect username or password."));
    await assert.rejects(signIn(legacy.ClientId, "nobody", PASSWORD), awsError("UserNotFoundException", "User does not exist."));
  });

  it("reports disabled, unconfirmed and reset-required users", async () => {
    const client = createClient(t, pool, { PreventUserExistenceErrors: "LEGACY" });
    await createUser(t, pool, { username: "off", enabled: false });
    await createUser(t, pool, { username: "pending", status: "UNCONFIRMED" });
    await createUser(t, pool, { username: "reset", status: "RESET_REQUIRED" });
    await assert.rejects(signIn(client.ClientId, "off", PASSWORD), awsError("NotAuthorizedException", "User is disabled."));
    await assert.rejects(signIn(client.ClientId, "pending", "Wrong-pass-1"), awsError("UserNotConfirmedException", "User is not confirmed."));
    await assert.rejects(signIn(client.ClientId, "reset", PASSWORD), awsError("PasswordResetRequiredException", "Password reset required for the user"));
    // With PreventUserExistenceErrors the unconfirmed state is only told to a caller who knows the password.
    const enabled = createClient(t, pool, { PreventUserExistenceErrors: "ENABLED" });
    await assert.rejects(signIn(enabled.ClientId, "pending", "Wrong-pass-1"), awsError("NotAuthorizedException", "Incorrect username or password."));
    await assert.rejects(signIn(enabled.ClientId, "pending", PASSWORD), awsError("UserNotConfirmedException", "User is not confirmed."));
  });

  it("locks a user out progressively after 5 failures", async () => {
    const client = createClient(t, pool);
    await createUser(t, pool, { username: "target" });
    const wrong = () =>
      assert.rejects(signIn(client.ClientId, "target", "Wrong-pass-1"), awsError("NotAuthorizedException", "Incorrect username or password."));
    for (let i = 0; i < 5; i++) await wrong();
    // Failures 6, 7 and 8, each just after the previous lockout (2^(n-5) s) ended.
    for (const lockoutMs of [1_000, 2_000, 4_000]) {
      t.clock.advance(lockoutMs + 500);
      await wrong();
    }
    // 8 failures: locked for 8 s, during which even the right password is refused and nothing is counted.
    await assert.rejects(signIn(client.ClientId, "target", PASSWORD), awsError("NotAuthorizedException", "Password attempts exceeded"));
    t.clock.advance(4_000);
    await assert.rejects(signIn(client.ClientId, "target", "Wrong-pass-1"), awsError("NotAuthorizedException", "Password attempts exceeded"));
    t.clock.advance(4_500);
    const ok = await signIn(client.ClientId, "target", PASSWORD);
    assert.ok(ok.AuthenticationResult?.AccessToken);
    // A success resets the counter: one failure does not lock.
    await wrong();
    assert.ok((await signIn(client.ClientId, "target", PASSWORD)).AuthenticationResult?.AccessToken);
  });

  it("forgets failures after 15 quiet minutes", async () => {
    const client = createClient(t, pool);
    await createUser(t, pool, { username: "quiet" });
    for (let i = 0; i < 5; i++)
      await assert.rejects(signIn(client.ClientId, "quiet", "Wrong-pass-1"), awsError("NotAuthorizedException", "Incorrect username or password."));
    t.clock.advance(15 * 60_000);
    await assert.rejects(signIn(client.ClientId, "quiet", "Wrong-pass-1"), awsError("NotAuthorizedException", "Incorrect username or password."));
    assert.equal(t.app.services.cognito.users.get(pool.Id, "quiet")?.failedSignIns, 1);
  });

  it("enforces SECRET_HASH computed with the USERNAME as sent", async () => {
    const client = createClient(t, pool, { ClientSecret: "s3cr3ts3cr3ts3cr3ts3cr3ts3cr3ts3cr3t" });
    await assert.rejects(
      signIn(client.ClientId, "alice", PASSWORD),
      awsError("NotAuthorizedException", `Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`),
    );
    await assert.rejects(
      signIn(client.ClientId, "alice", PASSWORD, { SECRET_HASH: secretHash(client, "bob") }),
      awsError("NotAuthorizedException", `Unable to verify secret hash for client ${client.ClientId}`),
    );
    const ok = await signIn(client.ClientId, "alice@example.com", PASSWORD, { SECRET_HASH: secretHash(client, "alice@example.com") });
    assert.ok(ok.AuthenticationResult?.IdToken);
  });

  it("answers an unknown client and an unknown flow with AWS-shaped errors", async () => {
    await assert.rejects(
      signIn("nosuchclient1234567890abcd", "alice", PASSWORD),
      awsError("ResourceNotFoundException", "User pool client nosuchclient1234567890abcd does not exist."),
    );
    const client = createClient(t, pool);
    await assert.rejects(
      t.cognito.send(new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "NOPE" as "USER_PASSWORD_AUTH", AuthParameters: {} })),
      (e: Error) => e.name === "InvalidParameterException" && /failed to satisfy constraint: Member must satisfy enum value set/.test(e.message),
    );
  });

  it("refuses a temporary password that has expired", async () => {
    const client = createClient(t, pool);
    await createUser(t, pool, { username: "stale", status: "FORCE_CHANGE_PASSWORD" });
    t.clock.advance(8 * 86400_000);
    await assert.rejects(
      signIn(client.ClientId, "stale", PASSWORD),
      awsError("NotAuthorizedException", "User account has expired, it must be reset by an administrator."),
    );
  });
});
