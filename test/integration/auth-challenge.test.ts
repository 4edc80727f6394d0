import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "../../src/jwt/jwt.js";
import type { ClientRecord, PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { awsError, createClient, createPool, createUser, PASSWORD, secretHash } from "./auth-fixture.js";

const NEW_PASSWORD = "Brand-New-Pass-7";

describe("NEW_PASSWORD_REQUIRED through RespondToAuthChallenge", () => {
  let t: TestServer;
  let pool: PoolRecord;
  let client: ClientRecord;
  before(async () => {
    t = await startServer();
    pool = await createPool(t, {
      Schema: [{ Name: "family_name", AttributeDataType: "String", Required: true, Mutable: true }],
    });
    client = createClient(t, pool);
  });
  after(() => t.stop());

  const start = (username: string, c = client) =>
    t.cognito.send(new InitiateAuthCommand({ ClientId: c.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD } }));

  it("challenges a FORCE_CHANGE_PASSWORD user, then signs in and confirms on the new password", async () => {
    await createUser(t, pool, { username: "temp1", status: "FORCE_CHANGE_PASSWORD", attributes: { email: "t1@example.com", email_verified: "true" } });
    const c = await start("temp1");
    assert.equal(c.ChallengeName, "NEW_PASSWORD_REQUIRED");
    assert.equal(c.AuthenticationResult, undefined);
    assert.ok(c.Session && c.Session.length >= 20 && c.Session.length <= 2048);
    assert.deepEqual(Object.keys(c.ChallengeParameters ?? {}), ["USER_ID_FOR_SRP", "requiredAttributes", "userAttributes"]);
    assert.equal(c.ChallengeParameters?.USER_ID_FOR_SRP, "temp1");
    assert.deepEqual(JSON.parse(c.ChallengeParameters?.requiredAttributes ?? ""), ["userAttributes.family_name"]);
    assert.deepEqual(JSON.parse(c.ChallengeParameters?.userAttributes ?? ""), { email: "t1@example.com", email_verified: "true" });

    const done = await t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: client.ClientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: c.Session,
        ChallengeResponses: { USERNAME: "temp1", NEW_PASSWORD, "userAttributes.family_name": "Doe" },
      }),
    );
    assert.deepEqual(done.ChallengeParameters, {});
    assert.equal(done.Session, undefined);
    assert.ok(done.AuthenticationResult?.RefreshToken);
    assert.equal(decodeJwt(done.AuthenticationResult?.IdToken ?? "")?.payload.family_name, "Doe");
    const stored = t.app.services.cognito.users.get(pool.Id, "temp1");
    assert.equal(stored?.UserStatus, "CONFIRMED");
    // The new password works and the temporary one no longer does.
    const again = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "temp1", PASSWORD: NEW_PASSWORD } }),
    );
    assert.ok(again.AuthenticationResult?.AccessToken);
    await assert.rejects(start("temp1"), awsError("NotAuthorizedException", "Incorrect username or password."));
  });

  it("refuses a replayed or expired session", async () => {
    await createUser(t, pool, { username: "temp2", status: "FORCE_CHANGE_PASSWORD", attributes: { family_name: "Roe" } });
    const responses = { USERNAME: "temp2", NEW_PASSWORD };
    const first = await start("temp2");
    assert.deepEqual(JSON.parse(first.ChallengeParameters?.requiredAttributes ?? ""), []);
    const respond = (Session?: string) =>
      t.cognito.send(
        new RespondToAuthChallengeCommand({ ClientId: client.ClientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session, ChallengeResponses: responses }),
      );
    await respond(first.Session);
    await assert.rejects(respond(first.Session), awsError("NotAuthorizedException", "Invalid session for the user, session is expired."));

    await createUser(t, pool, { username: "temp3", status: "FORCE_CHANGE_PASSWORD", attributes: { family_name: "Roe" } });
    const second = await start("temp3");
    t.clock.advance(3 * 60_000 + 1_000); // AuthSessionValidity is 3 minutes
    await assert.rejects(
      t.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: client.ClientId,
          ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: second.Session,
          ChallengeResponses: { USERNAME: "temp3", NEW_PASSWORD },
        }),
      ),
      awsError("NotAuthorizedException", "Invalid session for the user, session is expired."),
    );
    await assert.rejects(respond("x".repeat(40)), awsError("NotAuthorizedException", "Invalid session for the user, session is expired."));
  });

  it("keeps the session usable after a malformed answer, and spends it on success", async () => {
    await createUser(t, pool, { username: "retry", status: "FORCE_CHANGE_PASSWORD", attributes: { family_name: "Roe" } });
    const c = await start("retry");
    const answer = (NEW_PASSWORD_: string) =>
      t.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: client.ClientId,
          ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: c.Session,
          ChallengeResponses: { USERNAME: "retry", NEW_PASSWORD: NEW_PASSWORD_ },
        }),
      );
    await assert.rejects(answer("weak"), awsError("InvalidPasswordException", "Password did not conform with policy: Password not long enough"));
    assert.ok((await answer(NEW_PASSWORD)).AuthenticationResult?.AccessToken);
    await assert.rejects(answer(NEW_PASSWORD), awsError("NotAuthorizedException", "Invalid session for the user, session is expired."));
  });

  it("refuses a session answered through another client", async () => {
    await createUser(t, pool, { username: "temp4", status: "FORCE_CHANGE_PASSWORD", attributes: { family_name: "Roe" } });
    const c = await start("temp4");
    const other = createClient(t, pool);
    await assert.rejects(
      t.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: other.ClientId,
          ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: c.Session,
          ChallengeResponses: { USERNAME: "temp4", NEW_PASSWORD },
        }),
      ),
      awsError("NotAuthorizedException", "Invalid session for the user, session is expired."),
    );
  });

  it("validates the answer: required attributes, verification flags, policy, USERNAME", async () => {
    await createUser(t, pool, { username: "temp5", status: "FORCE_CHANGE_PASSWORD", attributes: { email: "t5@example.com", email_verified: "true" } });
    const answer = async (responses: Record<string, string>) => {
      const c = await start("temp5");
      return t.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: client.ClientId,
          ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: c.Session,
          ChallengeResponses: responses,
        }),
      );
    };
    await assert.rejects(
      answer({ USERNAME: "temp5", NEW_PASSWORD }),
      awsError("InvalidParameterException", "Invalid attributes given, family_name is missing"),
    );
    await assert.rejects(
      answer({ USERNAME: "temp5", NEW_PASSWORD, "userAttributes.family_name": "X", "userAttributes.email_verified": "true" }),
      awsError("InvalidParameterException", "Cannot modify the non-mutable attribute email_verified"),
    );
    await assert.rejects(
      answer({ USERNAME: "temp5", NEW_PASSWORD: "short", "userAttributes.family_name": "X" }),
      awsError("InvalidPasswordException", "Password did not conform with policy: Password not long enough"),
    );
    await assert.rejects(
      answer({ NEW_PASSWORD, "userAttributes.family_name": "X" }),
      awsError("InvalidParameterException", "Missing required parameter USERNAME"),
    );
    await assert.rejects(
      answer({ USERNAME: "temp5", NEW_PASSWORD, "userAttributes.nickname_x": "X" }),
      awsError("InvalidParameterException", "Attributes did not conform to the schema: nickname_x: Attribute does not exist in the schema."),
    );
  });

  it("works through AdminInitiateAuth / AdminRespondToAuthChallenge with SECRET_HASH of the internal username", async () => {
    const secretClient = createClient(t, pool, { ClientSecret: "abcdefghijabcdefghijabcdefghij12" });
    await createUser(t, pool, { username: "temp6", status: "FORCE_CHANGE_PASSWORD", attributes: { family_name: "Roe" } });
    const c = await t.cognito.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool.Id,
        ClientId: secretClient.ClientId,
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "TEMP6", PASSWORD, SECRET_HASH: secretHash(secretClient, "TEMP6") },
      }),
    );
    assert.equal(c.ChallengeName, "NEW_PASSWORD_REQUIRED");
    assert.equal(c.ChallengeParameters?.USER_ID_FOR_SRP, "temp6");
    const done = await t.cognito.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId: pool.Id,
        ClientId: secretClient.ClientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: c.Session,
        ChallengeResponses: { USERNAME: "temp6", NEW_PASSWORD, SECRET_HASH: secretHash(secretClient, "temp6") },
      }),
    );
    assert.ok(done.AuthenticationResult?.IdToken);
  });

  it("answers an unimplemented challenge and a missing session plainly", async () => {
    await assert.rejects(
      t.cognito.send(
        new RespondToAuthChallengeCommand({ ClientId: client.ClientId, ChallengeName: "NEW_PASSWORD_REQUIRED", ChallengeResponses: { USERNAME: "x" } }),
      ),
      awsError("NotAuthorizedException", "Invalid session for the user, session is expired."),
    );
    await assert.rejects(
      t.cognito.send(new RespondToAuthChallengeCommand({ ClientId: client.ClientId, ChallengeName: "SMS_MFA", ChallengeResponses: {} })),
      (e: Error) => e.name === "UnsupportedOperationException",
    );
  });
});
