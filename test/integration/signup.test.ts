import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, describe, it } from "node:test";
import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  ConfirmSignUpCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoUser, CognitoUserAttribute, CognitoUserPool } from "amazon-cognito-identity-js";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

const attr = (attrs: { Name?: string; Value?: string }[] | undefined, name: string) => attrs?.find((a) => a.Name === name)?.Value;
const secretHash = (secret: string, username: string, clientId: string) =>
  createHmac("sha256", secret)
    .update(username + clientId)
    .digest("base64");

describe("SignUp and confirmation through the AWS SDK v3", () => {
  let t: TestServer;
  let poolId: string;
  let clientId: string;
  const latestCode = async (username: string, purpose = "SIGN_UP") => {
    const q = new URLSearchParams({ userPoolId: poolId, username });
    const rows = (await (await fetch(`${t.url}/_poolgate/codes?${q}`)).json()).codes as { code: string; purpose: string }[];
    return rows.find((r) => r.purpose === purpose)?.code;
  };
  const getUser = (username: string) => t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));

  before(async () => {
    t = await startServer();
    const p = await t.cognito.send(
      new CreateUserPoolCommand({
        PoolName: "signup",
        AutoVerifiedAttributes: ["email"],
        Schema: [{ Name: "name", Required: true, AttributeDataType: "String", Mutable: true }],
      }),
    );
    poolId = p.UserPool!.Id!;
    clientId = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
  });
  after(() => t.stop());

  const signUp = (username: string, extra: { Name: string; Value: string }[] = []) =>
    t.cognito.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: username,
        Password: "Sup3r-secret!",
        UserAttributes: [{ Name: "email", Value: `${username}@example.com` }, { Name: "name", Value: username }, ...extra],
      }),
    );

  it("creates an UNCONFIRMED user and reports a masked e-mail destination", async () => {
    const out = await signUp("jane");
    assert.equal(out.UserConfirmed, false);
    assert.match(out.UserSub ?? "", /^[0-9a-f-]{36}$/);
    assert.deepEqual(out.CodeDeliveryDetails, { Destination: "j***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    const u = await getUser("jane");
    assert.equal(u.UserStatus, "UNCONFIRMED");
    assert.equal(attr(u.UserAttributes, "sub"), out.UserSub);
    assert.match((await latestCode("jane")) ?? "", /^[0-9]{6}$/);
  });

  it("refuses a duplicate username with 'User already exists'", async () => {
    await rejectsWith(signUp("JANE"), "UsernameExistsException", "User already exists");
  });

  it("requires the pool's required attributes and a conforming password", async () => {
    await rejectsWith(
      t.cognito.send(new SignUpCommand({ ClientId: clientId, Username: "noname", Password: "Sup3r-secret!" })),
      "InvalidParameterException",
      "Attributes did not conform to the schema: name: The attribute is required",
    );
    await rejectsWith(
      t.cognito.send(new SignUpCommand({ ClientId: clientId, Username: "weak", Password: "weakweak", UserAttributes: [{ Name: "name", Value: "w" }] })),
      "InvalidPasswordException",
      "Password did not conform with policy: Password must have uppercase characters",
    );
    await rejectsWith(getUser("weak"), "UserNotFoundException");
  });

  it("ConfirmSignUp: wrong code, right code, then already confirmed", async () => {
    await rejectsWith(
      t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "jane", ConfirmationCode: "000000x" })),
      "CodeMismatchException",
      "Invalid verification code provided, please try again.",
    );
    const code = (await latestCode("jane"))!;
    await t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "jane", ConfirmationCode: code }));
    const u = await getUser("jane");
    assert.equal(u.UserStatus, "CONFIRMED");
    assert.equal(attr(u.UserAttributes, "email_verified"), "true");
    await rejectsWith(
      t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "jane", ConfirmationCode: code })),
      "NotAuthorizedException",
      "User cannot be confirmed. Current status is CONFIRMED",
    );
  });

  it("a code older than 24 hours is ExpiredCodeException", async () => {
    await signUp("late");
    const code = (await latestCode("late"))!;
    t.clock.advance(24 * 3600 * 1000 + 1000);
    await rejectsWith(
      t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "late", ConfirmationCode: code })),
      "ExpiredCodeException",
      "Invalid code provided, please request a code again.",
    );
  });

  it("ResendConfirmationCode issues a new code that replaces the old one", async () => {
    const old = (await latestCode("late"))!;
    const out = await t.cognito.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: "late" }));
    assert.deepEqual(out.CodeDeliveryDetails, { Destination: "l***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    const fresh = (await latestCode("late"))!;
    await t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "late", ConfirmationCode: fresh }));
    assert.equal((await getUser("late")).UserStatus, "CONFIRMED");
    assert.ok(old.length === 6);
    await rejectsWith(
      t.cognito.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: "late" })),
      "InvalidParameterException",
      "User is already confirmed.",
    );
  });

  it("unknown users: UserNotFoundException with LEGACY", async () => {
    await rejectsWith(
      t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "ghost", ConfirmationCode: "123456" })),
      "UserNotFoundException",
      "User does not exist.",
    );
    await rejectsWith(
      t.cognito.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: "ghost" })),
      "UserNotFoundException",
      "Username/client id combination not found.",
    );
  });

  it("unknown users with PreventUserExistenceErrors=ENABLED: simulated delivery and a code mismatch", async () => {
    const quiet = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "quiet", PreventUserExistenceErrors: "ENABLED" })))
      .UserPoolClient!.ClientId!;
    const out = await t.cognito.send(new ResendConfirmationCodeCommand({ ClientId: quiet, Username: "ghost" }));
    assert.equal(out.CodeDeliveryDetails?.DeliveryMedium, "EMAIL");
    assert.equal(out.CodeDeliveryDetails?.AttributeName, "email");
    assert.match(out.CodeDeliveryDetails?.Destination ?? "", /^.\*\*\*@.\*\*\*$/);
    await rejectsWith(
      t.cognito.send(new ConfirmSignUpCommand({ ClientId: quiet, Username: "ghost", ConfirmationCode: "123456" })),
      "CodeMismatchException",
      "Invalid verification code provided, please try again.",
    );
  });

  it("AdminConfirmSignUp confirms without verifying the e-mail", async () => {
    await signUp("admin-ok");
    await t.cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: "admin-ok" }));
    const u = await getUser("admin-ok");
    assert.equal(u.UserStatus, "CONFIRMED");
    assert.equal(attr(u.UserAttributes, "email_verified"), undefined);
    await rejectsWith(
      t.cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: "admin-ok" })),
      "NotAuthorizedException",
      "User cannot be confirmed. Current status is CONFIRMED",
    );
  });

  it("enforces SECRET_HASH for a client with a secret", async () => {
    const c = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "server", GenerateSecret: true }))).UserPoolClient!;
    const base = { ClientId: c.ClientId!, Username: "sam", Password: "Sup3r-secret!", UserAttributes: [{ Name: "name", Value: "Sam" }] };
    await rejectsWith(
      t.cognito.send(new SignUpCommand(base)),
      "NotAuthorizedException",
      `Client ${c.ClientId} is configured with secret but SECRET_HASH was not received`,
    );
    await rejectsWith(
      t.cognito.send(new SignUpCommand({ ...base, SecretHash: secretHash("wrong", "sam", c.ClientId!) })),
      "NotAuthorizedException",
      `Unable to verify secret hash for client ${c.ClientId}`,
    );
    const out = await t.cognito.send(new SignUpCommand({ ...base, SecretHash: secretHash(c.ClientSecret!, "sam", c.ClientId!) }));
    assert.equal(out.UserConfirmed, false);
    assert.equal(out.CodeDeliveryDetails, undefined, "no e-mail given, so no code is sent");
  });

  it("refuses unknown attributes, and attributes the client may not write", async () => {
    await rejectsWith(
      signUp("odd", [{ Name: "custom:missing", Value: "1" }]),
      "InvalidParameterException",
      "Attributes did not conform to the schema: custom:missing: Attribute does not exist in the schema.",
    );
    const limited = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "limited", WriteAttributes: ["email", "name"] })))
      .UserPoolClient!.ClientId!;
    await rejectsWith(
      t.cognito.send(
        new SignUpCommand({
          ClientId: limited,
          Username: "limit",
          Password: "Sup3r-secret!",
          UserAttributes: [
            { Name: "name", Value: "L" },
            { Name: "email_verified", Value: "true" },
          ],
        }),
      ),
      "NotAuthorizedException",
      "A client attempted to write unauthorized attribute",
    );
  });

  it("a pool that allows only administrators to create users refuses SignUp", async () => {
    const closed = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "closed", AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } })))
      .UserPool!.Id!;
    const web = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: closed, ClientName: "web" }))).UserPoolClient!.ClientId!;
    await rejectsWith(
      t.cognito.send(new SignUpCommand({ ClientId: web, Username: "walk-in", Password: "Sup3r-secret!" })),
      "NotAuthorizedException",
      "SignUp is not permitted for this user pool",
    );
  });

  it("works from amazon-cognito-identity-js (unsigned browser-style calls)", async () => {
    const userPool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: t.url });
    const result = await new Promise<{ userConfirmed: boolean; userSub: string; codeDeliveryDetails: unknown }>((resolve, reject) =>
      userPool.signUp(
        "acijs",
        "Sup3r-secret!",
        [new CognitoUserAttribute({ Name: "email", Value: "acijs@example.com" }), new CognitoUserAttribute({ Name: "name", Value: "A" })],
        [],
        (err, res) => (err || !res ? reject(err) : resolve(res as never)),
      ),
    );
    assert.equal(result.userConfirmed, false);
    assert.deepEqual(result.codeDeliveryDetails, { Destination: "a***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    const user = new CognitoUser({ Username: "acijs", Pool: userPool });
    const wrong = await new Promise<Error>((resolve) => user.confirmRegistration("999999x", false, (err) => resolve(err as Error)));
    assert.equal((wrong as Error & { code?: string }).code, "CodeMismatchException");
    assert.equal(wrong.message, "Invalid verification code provided, please try again.");
    const code = (await latestCode("acijs"))!;
    const ok = await new Promise<string>((resolve, reject) => user.confirmRegistration(code, false, (err, res) => (err ? reject(err) : resolve(res))));
    assert.equal(ok, "SUCCESS");
    assert.equal((await getUser("acijs")).UserStatus, "CONFIRMED");
  });

  it("an unknown client is ResourceNotFoundException", async () => {
    await rejectsWith(
      t.cognito.send(new SignUpCommand({ ClientId: "nosuchclient", Username: "x", Password: "Sup3r-secret!" })),
      "ResourceNotFoundException",
      "User pool client nosuchclient does not exist.",
    );
  });
});

describe("SignUp in an email-username pool", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("signs up by email, keeps a UUID username, and refuses a second account with the same email", async () => {
    const p = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "email", UsernameAttributes: ["email"], AutoVerifiedAttributes: ["email"] }));
    const poolId = p.UserPool!.Id!;
    const clientId = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
    const out = await t.cognito.send(new SignUpCommand({ ClientId: clientId, Username: "kim@example.com", Password: "Sup3r-secret!" }));
    assert.deepEqual(out.CodeDeliveryDetails, { Destination: "k***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    const u = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "kim@example.com" }));
    assert.equal(u.Username, out.UserSub);
    assert.equal(attr(u.UserAttributes, "email"), "kim@example.com");
    await assert.rejects(t.cognito.send(new SignUpCommand({ ClientId: clientId, Username: "kim@example.com", Password: "Sup3r-secret!" })), {
      name: "UsernameExistsException",
      message: "An account with the given email already exists.",
    });
    const rows = (await (await fetch(`${t.url}/_poolgate/codes?userPoolId=${poolId}`)).json()).codes as { code: string }[];
    await t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "kim@example.com", ConfirmationCode: rows[0]!.code }));
    const after = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: out.UserSub! }));
    assert.equal(after.UserStatus, "CONFIRMED");
    assert.equal(attr(after.UserAttributes, "email_verified"), "true");
  });

  it("concurrent sign-ups of one name: exactly one succeeds", async () => {
    const p = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "race" }));
    const poolId = p.UserPool!.Id!;
    const clientId = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => t.cognito.send(new SignUpCommand({ ClientId: clientId, Username: "same", Password: "Sup3r-secret!" }))),
    );
    assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
    for (const r of results) if (r.status === "rejected") assert.equal((r.reason as Error).name, "UsernameExistsException");
  });
});
