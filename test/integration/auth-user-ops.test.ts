import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminUserGlobalSignOutCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  DeleteUserCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  UpdateUserAttributesCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { tokenServices } from "../../src/cognito/auth/complete-sign-in.js";
import { issueTokens } from "../../src/cognito/tokens/issue.js";
import type { ClientRecord, PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { awsError, createClient, createPool, createUser, PASSWORD, secretHash } from "./auth-fixture.js";

describe("token-authorized operations and password recovery", () => {
  let t: TestServer;
  let pool: PoolRecord;
  let client: ClientRecord;
  before(async () => {
    t = await startServer();
    pool = await createPool(t, { AutoVerifiedAttributes: ["email"], Schema: [{ Name: "team", AttributeDataType: "String", Mutable: true }] });
    client = createClient(t, pool);
  });
  after(() => t.stop());

  let n = 0;
  async function signedIn(attributes: Record<string, string> = {}) {
    const username = `u${++n}`;
    await createUser(t, pool, { username, attributes: { email: `${username}@example.com`, email_verified: "true", ...attributes } });
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD } }),
    );
    const r = out.AuthenticationResult ?? {};
    return { username, access: r.AccessToken ?? "", refresh: r.RefreshToken ?? "" };
  }
  const getUser = (AccessToken: string) => t.cognito.send(new GetUserCommand({ AccessToken }));
  const codeFor = (username: string, purpose: string) =>
    t.app.services.cognito.codes.list({ poolId: pool.Id, username }).find((c) => c.purpose === purpose && !c.used)?.code ?? "";

  it("GetUser returns the username and attributes as strings", async () => {
    const { username, access } = await signedIn({ "custom:team": "blue" });
    const out = await getUser(access);
    assert.equal(out.Username, username);
    const attrs = Object.fromEntries((out.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    assert.equal(attrs.email_verified, "true");
    assert.equal(attrs["custom:team"], "blue");
    assert.match(attrs.sub ?? "", /^[0-9a-f-]{36}$/);
  });

  it("refuses bad access tokens with AWS's messages", async () => {
    const { access } = await signedIn();
    await assert.rejects(getUser("abc.def.ghi"), awsError("NotAuthorizedException", "Invalid Access Token"));
    const [h, p] = access.split(".");
    await assert.rejects(getUser(`${h}.${p}.AAAA`), awsError("NotAuthorizedException", "Invalid Access Token"));
    // An ID token is not an access token.
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: `u${n}`, PASSWORD } }),
    );
    await assert.rejects(getUser(out.AuthenticationResult?.IdToken ?? ""), awsError("NotAuthorizedException", "Invalid Access Token"));
    // An OAuth access token without aws.cognito.signin.user.admin.
    const user = t.app.services.cognito.users.get(pool.Id, `u${n}`);
    if (!user) throw new Error("seeded user missing");
    const oauth = issueTokens(tokenServices(t.app.services), { pool, client, user, scope: "openid email", oauth: true, withRefreshToken: false });
    await assert.rejects(getUser(oauth.AccessToken), awsError("NotAuthorizedException", "Access Token does not have required scopes"));
    t.clock.advance(3601_000);
    await assert.rejects(getUser(access), awsError("NotAuthorizedException", "Access Token has expired"));
  });

  it("GlobalSignOut revokes the access token at Cognito and every refresh token", async () => {
    const { username, access, refresh } = await signedIn();
    const second = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD } }),
    );
    await t.cognito.send(new GlobalSignOutCommand({ AccessToken: access }));
    await assert.rejects(getUser(access), awsError("NotAuthorizedException", "Access Token has been revoked"));
    await assert.rejects(getUser(second.AuthenticationResult?.AccessToken ?? ""), awsError("NotAuthorizedException", "Access Token has been revoked"));
    for (const rt of [refresh, second.AuthenticationResult?.RefreshToken ?? ""])
      await assert.rejects(
        t.cognito.send(new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: rt } })),
        awsError("NotAuthorizedException", "Refresh Token has been revoked"),
      );
    // Signing in again gives working tokens.
    const again = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD } }),
    );
    assert.equal((await getUser(again.AuthenticationResult?.AccessToken ?? "")).Username, username);
  });

  it("AdminUserGlobalSignOut does the same for an administrator", async () => {
    const { username, access } = await signedIn();
    await t.cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: pool.Id, Username: username.toUpperCase() }));
    await assert.rejects(getUser(access), awsError("NotAuthorizedException", "Access Token has been revoked"));
    await assert.rejects(
      t.cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: pool.Id, Username: "ghost" })),
      awsError("UserNotFoundException", "User does not exist."),
    );
  });

  it("UpdateUserAttributes: a new email is unverified and gets a code; bad names are refused", async () => {
    const { username, access } = await signedIn();
    const out = await t.cognito.send(
      new UpdateUserAttributesCommand({
        AccessToken: access,
        UserAttributes: [
          { Name: "email", Value: "new.address@example.org" },
          { Name: "custom:team", Value: "red" },
        ],
      }),
    );
    assert.deepEqual(out.CodeDeliveryDetailsList, [{ Destination: "n***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" }]);
    assert.match(codeFor(username, "VERIFY_ATTRIBUTE"), /^\d{6}$/);
    const attrs = Object.fromEntries(((await getUser(access)).UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    assert.equal(attrs.email, "new.address@example.org");
    assert.equal(attrs.email_verified, "false");
    assert.equal(attrs["custom:team"], "red");

    await assert.rejects(
      t.cognito.send(new UpdateUserAttributesCommand({ AccessToken: access, UserAttributes: [{ Name: "custom:nope", Value: "x" }] })),
      awsError("InvalidParameterException", "user.custom:nope: Attribute does not exist in the schema.\n"),
    );
    await assert.rejects(
      t.cognito.send(new UpdateUserAttributesCommand({ AccessToken: access, UserAttributes: [{ Name: "sub", Value: "x" }] })),
      awsError("InvalidParameterException", "user.sub: Attribute cannot be updated. (changing an immutable attribute)\n"),
    );
    const limited = createClient(t, pool, { WriteAttributes: ["name"] });
    const viaLimited = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: limited.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD } }),
    );
    await assert.rejects(
      t.cognito.send(
        new UpdateUserAttributesCommand({ AccessToken: viaLimited.AuthenticationResult?.AccessToken, UserAttributes: [{ Name: "email", Value: "a@b.co" }] }),
      ),
      awsError("NotAuthorizedException", "A client attempted to write unauthorized attribute"),
    );
  });

  it("ChangePassword checks the previous password and the policy", async () => {
    const { username, access } = await signedIn();
    await assert.rejects(
      t.cognito.send(new ChangePasswordCommand({ AccessToken: access, PreviousPassword: "Wrong-pass-1", ProposedPassword: "Next-Pass-42" })),
      awsError("NotAuthorizedException", "Incorrect username or password."),
    );
    await assert.rejects(
      t.cognito.send(new ChangePasswordCommand({ AccessToken: access, PreviousPassword: PASSWORD, ProposedPassword: "alllowercase1!" })),
      awsError("InvalidPasswordException", "Password did not conform with policy: Password must have uppercase characters"),
    );
    await t.cognito.send(new ChangePasswordCommand({ AccessToken: access, PreviousPassword: PASSWORD, ProposedPassword: "Next-Pass-42" }));
    const out = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: "Next-Pass-42" } }),
    );
    assert.ok(out.AuthenticationResult?.AccessToken);
  });

  it("ForgotPassword writes a code to the outbox; ConfirmForgotPassword sets the new password", async () => {
    const { username } = await signedIn();
    const out = await t.cognito.send(new ForgotPasswordCommand({ ClientId: client.ClientId, Username: username }));
    assert.deepEqual(out.CodeDeliveryDetails, { Destination: "u***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    const code = codeFor(username, "FORGOT_PASSWORD");
    assert.match(code, /^\d{6}$/);
    const wrong = code === "000000" ? "111111" : "000000";
    await assert.rejects(
      t.cognito.send(new ConfirmForgotPasswordCommand({ ClientId: client.ClientId, Username: username, ConfirmationCode: wrong, Password: "Reset-Pass-77" })),
      awsError("CodeMismatchException", "Invalid verification code provided, please try again."),
    );
    await assert.rejects(
      t.cognito.send(new ConfirmForgotPasswordCommand({ ClientId: client.ClientId, Username: username, ConfirmationCode: code, Password: "weak" })),
      awsError("InvalidPasswordException", "Password did not conform with policy: Password not long enough"),
    );
    await t.cognito.send(
      new ConfirmForgotPasswordCommand({ ClientId: client.ClientId, Username: username, ConfirmationCode: code, Password: "Reset-Pass-77" }),
    );
    const signIn = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: "Reset-Pass-77" } }),
    );
    assert.ok(signIn.AuthenticationResult?.IdToken);
    // The code is single use.
    await assert.rejects(
      t.cognito.send(new ConfirmForgotPasswordCommand({ ClientId: client.ClientId, Username: username, ConfirmationCode: code, Password: "Reset-Pass-78" })),
      awsError("CodeMismatchException", "Invalid verification code provided, please try again."),
    );
  });

  it("ForgotPassword codes expire after an hour; unverified users and unknown users are answered as AWS does", async () => {
    const { username } = await signedIn();
    await t.cognito.send(new ForgotPasswordCommand({ ClientId: client.ClientId, Username: username }));
    const code = codeFor(username, "FORGOT_PASSWORD");
    t.clock.advance(3601_000);
    await assert.rejects(
      t.cognito.send(new ConfirmForgotPasswordCommand({ ClientId: client.ClientId, Username: username, ConfirmationCode: code, Password: "Reset-Pass-77" })),
      awsError("ExpiredCodeException", "Invalid code provided, please request a code again."),
    );
    await createUser(t, pool, { username: "unverified", attributes: { email: "unverified@example.com" } });
    await assert.rejects(
      t.cognito.send(new ForgotPasswordCommand({ ClientId: client.ClientId, Username: "unverified" })),
      awsError("InvalidParameterException", "Cannot reset password for the user as there is no registered/verified email or phone_number"),
    );
    const legacy = createClient(t, pool, { PreventUserExistenceErrors: "LEGACY" });
    await assert.rejects(
      t.cognito.send(new ForgotPasswordCommand({ ClientId: legacy.ClientId, Username: "ghost" })),
      awsError("UserNotFoundException", "User does not exist."),
    );
    const pretended = await t.cognito.send(new ForgotPasswordCommand({ ClientId: client.ClientId, Username: "ghost@example.com" }));
    assert.equal(pretended.CodeDeliveryDetails?.DeliveryMedium, "EMAIL");
  });

  it("ForgotPassword enforces SecretHash for a secret client", async () => {
    const { username } = await signedIn();
    const secret = createClient(t, pool, { ClientSecret: "mnbvcxzlkjmnbvcxzlkjmnbvcxzlkj12" });
    await assert.rejects(
      t.cognito.send(new ForgotPasswordCommand({ ClientId: secret.ClientId, Username: username })),
      awsError("NotAuthorizedException", `Client ${secret.ClientId} is configured with secret but SECRET_HASH was not received`),
    );
    const out = await t.cognito.send(new ForgotPasswordCommand({ ClientId: secret.ClientId, Username: username, SecretHash: secretHash(secret, username) }));
    assert.equal(out.CodeDeliveryDetails?.AttributeName, "email");
  });

  it("DeleteUser removes the user; the token then names no one", async () => {
    const { username, access, refresh } = await signedIn();
    await t.cognito.send(new DeleteUserCommand({ AccessToken: access }));
    assert.equal(t.app.services.cognito.users.get(pool.Id, username), undefined);
    await assert.rejects(getUser(access), awsError("NotAuthorizedException", "Access Token has been revoked"));
    await assert.rejects(
      t.cognito.send(new InitiateAuthCommand({ ClientId: client.ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: refresh } })),
      awsError("NotAuthorizedException", "Refresh Token has been revoked"),
    );
  });
});
