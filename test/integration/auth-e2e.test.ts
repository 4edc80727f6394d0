import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  ConfirmSignUpCommand,
  CreateUserPoolClientCommand,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "../../src/jwt/jwt.js";
import type { PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { awsError, createPool, PASSWORD, secretHash } from "./auth-fixture.js";

/** The whole path through the public API only: pool, app client, user creation, then the auth flows. */
describe("sign-in end to end through the AWS SDK", () => {
  let t: TestServer;
  let pool: PoolRecord;
  before(async () => {
    t = await startServer();
    pool = await createPool(t, { UsernameAttributes: ["email"], AutoVerifiedAttributes: ["email"] });
  });
  after(() => t.stop());

  it("a default app client does not allow USER_PASSWORD_AUTH", async () => {
    const c = await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: "default" }));
    await assert.rejects(
      t.cognito.send(
        new InitiateAuthCommand({
          ClientId: c.UserPoolClient?.ClientId,
          AuthFlow: "USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "x@example.com", PASSWORD },
        }),
      ),
      awsError("InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client"),
    );
  });

  it("AdminCreateUser → NEW_PASSWORD_REQUIRED → tokens, with a generated client secret and the UUID username", async () => {
    const created = await t.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.Id,
        ClientName: "confidential",
        GenerateSecret: true,
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    const client = t.app.services.cognito.clients.get(created.UserPoolClient?.ClientId ?? "");
    if (!client) throw new Error("client not stored");
    const email = "ivy@example.com";
    const user = await t.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.Id,
        Username: email,
        TemporaryPassword: "Temp-Pass-123",
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "email", Value: email },
          { Name: "email_verified", Value: "true" },
        ],
      }),
    );
    const internal = user.User?.Username ?? "";
    assert.match(internal, /^[0-9a-f-]{36}$/);
    const challenge = await t.cognito.send(
      new InitiateAuthCommand({
        ClientId: client.ClientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: email, PASSWORD: "Temp-Pass-123", SECRET_HASH: secretHash(client, email) },
      }),
    );
    assert.equal(challenge.ChallengeName, "NEW_PASSWORD_REQUIRED");
    assert.equal(challenge.ChallengeParameters?.USER_ID_FOR_SRP, internal);
    const done = await t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: client.ClientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: internal, NEW_PASSWORD: PASSWORD, SECRET_HASH: secretHash(client, internal) },
      }),
    );
    const id = decodeJwt(done.AuthenticationResult?.IdToken ?? "")?.payload ?? {};
    assert.equal(id["cognito:username"], internal);
    assert.equal(id.sub, internal);
    assert.equal(id.email, email);
    const me = await t.cognito.send(new GetUserCommand({ AccessToken: done.AuthenticationResult?.AccessToken }));
    assert.equal(me.Username, internal);
    // Refresh with the SECRET_HASH of the internal username.
    const refreshed = await t.cognito.send(
      new InitiateAuthCommand({
        ClientId: client.ClientId,
        AuthFlow: "REFRESH_TOKEN_AUTH",
        AuthParameters: { REFRESH_TOKEN: done.AuthenticationResult?.RefreshToken ?? "", SECRET_HASH: secretHash(client, internal) },
      }),
    );
    assert.ok(refreshed.AuthenticationResult?.IdToken);
  });

  it("SignUp → code from the outbox → ConfirmSignUp → sign in; unconfirmed before that", async () => {
    const created = await t.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.Id,
        ClientName: "public",
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    const ClientId = created.UserPoolClient?.ClientId ?? "";
    const email = "jack@example.com";
    const signUp = await t.cognito.send(
      new SignUpCommand({ ClientId, Username: email, Password: PASSWORD, UserAttributes: [{ Name: "email", Value: email }] }),
    );
    const signIn = () => t.cognito.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: email, PASSWORD } }));
    await assert.rejects(signIn(), awsError("UserNotConfirmedException", "User is not confirmed."));
    const code = t.app.services.cognito.codes.list({ poolId: pool.Id, username: signUp.UserSub }).find((c) => c.purpose === "SIGN_UP")?.code ?? "";
    await t.cognito.send(new ConfirmSignUpCommand({ ClientId, Username: email, ConfirmationCode: code }));
    const out = await signIn();
    assert.equal(decodeJwt(out.AuthenticationResult?.AccessToken ?? "")?.payload.username, signUp.UserSub);
  });

  it("the AWS CLI signs in and reads the user (initiate-auth, get-user)", async () => {
    const created = await t.cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: "cli", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
    );
    await t.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.Id,
        Username: "cli@example.com",
        MessageAction: "SUPPRESS",
        UserAttributes: [{ Name: "email", Value: "cli@example.com" }],
      }),
    );
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.Id, Username: "cli@example.com", Password: PASSWORD, Permanent: true }));
    const env = { ...process.env, AWS_ACCESS_KEY_ID: "AKIDPOOLGATETEST", AWS_SECRET_ACCESS_KEY: "x", AWS_DEFAULT_REGION: "us-east-1", AWS_PAGER: "" };
    const aws = async (...args: string[]) =>
      JSON.parse((await promisify(execFile)("aws", ["--endpoint-url", t.url, "--output", "json", "cognito-idp", ...args], { env, timeout: 30_000 })).stdout);
    const auth = await aws(
      "initiate-auth",
      "--client-id",
      created.UserPoolClient?.ClientId ?? "",
      "--auth-flow",
      "USER_PASSWORD_AUTH",
      "--auth-parameters",
      `USERNAME=cli@example.com,PASSWORD=${PASSWORD}`,
    );
    assert.equal(auth.AuthenticationResult.TokenType, "Bearer");
    const me = await aws("get-user", "--access-token", auth.AuthenticationResult.AccessToken);
    assert.ok(me.UserAttributes.some((a: { Name: string; Value: string }) => a.Name === "email" && a.Value === "cli@example.com"));
  });

  it("AdminSetUserPassword Permanent=false puts the user back on NEW_PASSWORD_REQUIRED", async () => {
    const created = await t.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.Id,
        ClientName: "admin",
        ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH"],
      }),
    );
    const ClientId = created.UserPoolClient?.ClientId ?? "";
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.Id, Username: "jack@example.com", Password: "Temp-Again-456", Permanent: false }));
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "jack@example.com", PASSWORD: "Temp-Again-456" } }),
    );
    assert.equal(out.ChallengeName, "NEW_PASSWORD_REQUIRED");
  });
});
