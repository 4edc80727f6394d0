import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from "@aws-sdk/client-api-gateway";
import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  ConfirmSignUpCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "../../src/jwt/jwt.js";
import { rejectsWith } from "../harness/assertions.js";
import { functionArn, handlerModule, invocationUri } from "../harness/lambda-files.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * User pool Lambda triggers run from local handler files (--lambda), configured through LambdaConfig with the SDK,
 * fired by the real operations. Handlers leave each event on globalThis.
 */
const { file, remove } = handlerModule(
  `const events = (globalThis.__triggerEvents ??= []);
export const preSignUp = async (event) => {
  events.push(event);
  const email = event.request.userAttributes.email ?? "";
  if (email.endsWith("@blocked.example")) throw new Error("Domain not allowed");
  if (email.endsWith("@auto.example")) Object.assign(event.response, { autoConfirmUser: true, autoVerifyEmail: true });
  return event;
};
export const postConfirmation = async (event) => {
  events.push(event);
  if (event.userName.startsWith("fail")) throw new Error("CRM is down");
  return event;
};
export const preTokenV1 = async (event) => {
  events.push(event);
  event.response.claimsOverrideDetails = {
    claimsToAddOrOverride: { tenant: "acme", iss: "https://evil.example" },
    claimsToSuppress: ["email"],
    groupOverrideDetails: { groupsToOverride: ["admins"] },
  };
  return event;
};
export const preTokenV2 = (event, _context, callback) => {
  events.push(event);
  event.response.claimsAndScopeOverrideDetails = {
    idTokenGeneration: { claimsToAddOrOverride: { tenant: "acme" } },
    accessTokenGeneration: { claimsToAddOrOverride: { tenant: "acme", plan: { tier: 2 } }, scopesToAdd: ["pets/read"], scopesToSuppress: ["aws.cognito.signin.user.admin"] },
  };
  callback(null, event);
};
export const preAuthentication = async (event) => {
  events.push(event);
  if (event.userName === "blocked") throw new Error("Sign-in blocked");
  return event;
};
export const postAuthentication = async (event) => { events.push(event); return event; };
export const migrate = async (event) => {
  events.push(event);
  if (event.request.password !== "Passw0rd!trigger") throw new Error("Bad password");
  event.response.userAttributes = { email: "legacy@example.com", email_verified: "true" };
  event.response.finalUserStatus = "CONFIRMED";
  return event;
};
export const backend = async () => ({ statusCode: 200, body: '{"ok":true}' });
`,
);
const fn = functionArn;
const events = () => ((globalThis as { __triggerEvents?: Record<string, unknown>[] }).__triggerEvents ??= []);
const lastEvent = () => events()[events().length - 1] as Record<string, any>;
const PASSWORD = "Passw0rd!trigger";

describe("user pool Lambda triggers run locally", () => {
  let t: TestServer;
  let poolId: string;
  let clientId: string;

  const createPool = async (name: string, LambdaConfig: Record<string, unknown>) => {
    const pool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: name, LambdaConfig, AutoVerifiedAttributes: ["email"] }))).UserPool!;
    const client = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: pool.Id,
          ClientName: "app",
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        }),
      )
    ).UserPoolClient!;
    return { poolId: pool.Id!, clientId: client.ClientId! };
  };
  const signIn = (client: string, username: string) =>
    t.cognito.send(new InitiateAuthCommand({ ClientId: client, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD } }));
  const confirmedUser = async (pool: string, username: string, email: string) => {
    await t.cognito.send(
      new AdminCreateUserCommand({ UserPoolId: pool, Username: username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: email }] }),
    );
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool, Username: username, Password: PASSWORD, Permanent: true }));
  };

  before(async () => {
    t = await startServer({
      lambdas: [
        `${fn("preSignUp")}=${file}#preSignUp`,
        `postConfirmation=${file}#postConfirmation`,
        `preTokenV1=${file}#preTokenV1`,
        `preTokenV2=${file}#preTokenV2`,
        `backend=${file}#backend`,
        `preAuthentication=${file}#preAuthentication`,
        `migrate=${file}#migrate`,
        `postAuthentication=${file}#postAuthentication`,
      ],
    });
    ({ poolId, clientId } = await createPool("triggers", {
      PreSignUp: fn("preSignUp"),
      PostConfirmation: fn("postConfirmation"),
      PreTokenGeneration: fn("preTokenV1"),
    }));
  });
  after(async () => {
    await t.stop();
    remove();
  });

  it("PreSignUp can refuse a sign-up: UserLambdaValidationException, and no user is created", async () => {
    await rejectsWith(
      t.cognito.send(
        new SignUpCommand({ ClientId: clientId, Username: "mallory", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "m@blocked.example" }] }),
      ),
      "UserLambdaValidationException",
      "PreSignUp failed with error Domain not allowed.",
    );
    await rejectsWith(t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "mallory" })), "UserNotFoundException");
    const e = lastEvent();
    assert.equal(e.triggerSource, "PreSignUp_SignUp");
    assert.equal(e.version, "1");
    assert.equal(e.region, "us-east-1");
    assert.equal(e.userPoolId, poolId);
    assert.equal(e.userName, "mallory");
    assert.equal(e.callerContext.clientId, clientId);
    assert.deepEqual(e.response, { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false });
  });

  it("PreSignUp can confirm the user and verify the email: no code is sent", async () => {
    const out = await t.cognito.send(
      new SignUpCommand({ ClientId: clientId, Username: "auto", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "a@auto.example" }] }),
    );
    assert.equal(out.UserConfirmed, true);
    assert.equal(out.CodeDeliveryDetails, undefined);
    const user = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "auto" }));
    assert.equal(user.UserStatus, "CONFIRMED");
    assert.equal(user.UserAttributes?.find((a) => a.Name === "email_verified")?.Value, "true");
  });

  it("PostConfirmation runs after ConfirmSignUp with the confirmed user's attributes", async () => {
    await t.cognito.send(
      new SignUpCommand({ ClientId: clientId, Username: "carol", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "c@example.com" }] }),
    );
    const codes = (await (await fetch(`${t.url}/_poolgate/codes?userPoolId=${poolId}`)).json()).codes as { code: string; username: string }[];
    const code = codes.find((c) => c.username === "carol")?.code ?? "";
    await t.cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "carol", ConfirmationCode: code }));
    const e = lastEvent();
    assert.equal(e.triggerSource, "PostConfirmation_ConfirmSignUp");
    assert.equal(e.request.userAttributes["cognito:user_status"], "CONFIRMED");
    assert.equal(e.request.userAttributes.email_verified, "true");
  });

  it("a failing PostConfirmation is the caller's error, and the user stays confirmed", async () => {
    await t.cognito.send(new SignUpCommand({ ClientId: clientId, Username: "failing", Password: PASSWORD }));
    await rejectsWith(
      t.cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: "failing" })),
      "UserLambdaValidationException",
      "PostConfirmation failed with error CRM is down.",
    );
    assert.equal((await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "failing" }))).UserStatus, "CONFIRMED");
  });

  it("PreTokenGeneration V1_0 changes the ID token only, and never the claims Cognito owns", async () => {
    await t.cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: "staff" }));
    await confirmedUser(poolId, "dave", "d@example.com");
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: "dave", GroupName: "staff" }));
    const tokens = (await signIn(clientId, "dave")).AuthenticationResult!;
    const id = decodeJwt(tokens.IdToken!)!.payload;
    const access = decodeJwt(tokens.AccessToken!)!.payload;
    assert.equal(id.tenant, "acme");
    assert.equal(id.email, undefined, "suppressed");
    assert.match(String(id.iss), /^http:\/\/127\.0\.0\.1:\d+\/us-east-1_/, "iss cannot be overridden");
    assert.deepEqual(id["cognito:groups"], ["admins"]);
    assert.deepEqual(access["cognito:groups"], ["admins"], "group overrides reach both tokens");
    assert.equal(access.tenant, undefined, "V1_0 leaves the access token's claims alone");
    const e = lastEvent();
    assert.equal(e.triggerSource, "TokenGeneration_Authentication");
    assert.deepEqual(e.request.groupConfiguration, { groupsToOverride: ["staff"], iamRolesToOverride: [], preferredRole: null });
    assert.equal(e.request.scopes, undefined);
    await t.cognito.send(
      new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken! } }),
    );
    assert.equal(lastEvent().triggerSource, "TokenGeneration_RefreshTokens");
  });

  it("PreTokenGeneration V2_0 adds access-token claims and scopes that an API Gateway method's scopes accept", async () => {
    const v2 = await createPool("triggers-v2", { PreTokenGenerationConfig: { LambdaArn: fn("preTokenV2"), LambdaVersion: "V2_0" } });
    await confirmedUser(v2.poolId, "erin", "e@example.com");
    const tokens = (await signIn(v2.clientId, "erin")).AuthenticationResult!;
    const access = decodeJwt(tokens.AccessToken!)!.payload;
    assert.equal(access.scope, "pets/read");
    assert.deepEqual(access.plan, { tier: 2 });
    assert.equal(decodeJwt(tokens.IdToken!)!.payload.tenant, "acme");
    assert.equal(lastEvent().version, "2");
    assert.deepEqual(lastEvent().request.scopes, ["aws.cognito.signin.user.admin"]);

    // The scope the trigger added opens a method that requires it; the ID token does not (it has no scopes).
    const api = await t.apigateway.send(new CreateRestApiCommand({ name: "scoped" }));
    const authorizer = await t.apigateway.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: "pool",
        type: "COGNITO_USER_POOLS",
        providerARNs: [`arn:aws:cognito-idp:us-east-1:000000000000:userpool/${v2.poolId}`],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const res = await t.apigateway.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
    await t.apigateway.send(
      new PutMethodCommand({
        restApiId: api.id,
        resourceId: res.id,
        httpMethod: "GET",
        authorizationType: "COGNITO_USER_POOLS",
        authorizerId: authorizer.id,
        authorizationScopes: ["pets/read"],
      }),
    );
    await t.apigateway.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: res.id,
        httpMethod: "GET",
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: invocationUri("backend"),
      }),
    );
    await t.apigateway.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const call = (token: string) => fetch(`${t.url}/_aws/execute-api/${api.id}/dev/pets`, { headers: { Authorization: token } });
    assert.equal((await call(tokens.AccessToken!)).status, 200);
    assert.equal((await call(tokens.IdToken!)).status, 401);
  });

  it("a trigger with no local handler fails the operation with UnexpectedLambdaException", async () => {
    const orphan = await createPool("triggers-orphan", { PreTokenGeneration: fn("nobody") });
    await confirmedUser(orphan.poolId, "fred", "f@example.com");
    await rejectsWith(signIn(orphan.clientId, "fred"), "UnexpectedLambdaException", /PreTokenGeneration invocation failed/);
  });

  it("PreTokenGeneration runs for the hosted UI's authorization code grant (TokenGeneration_HostedAuth)", async () => {
    const callback = "http://localhost:3000/cb";
    const client = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: "web",
          CallbackURLs: [callback],
          AllowedOAuthFlows: ["code"],
          AllowedOAuthScopes: ["openid", "email"],
          AllowedOAuthFlowsUserPoolClient: true,
          SupportedIdentityProviders: ["COGNITO"],
        }),
      )
    ).UserPoolClient!;
    await confirmedUser(poolId, "gina", "g@example.com");
    const query = new URLSearchParams({ client_id: client.ClientId!, response_type: "code", redirect_uri: callback, scope: "openid email" });
    const page = await fetch(`${t.url}/login?${query}`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
    const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const login = await fetch(`${t.url}/login?${query}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ _csrf: csrf, username: "gina", password: PASSWORD }),
    });
    const code = new URL(login.headers.get("location") ?? "http://x/").searchParams.get("code") ?? "";
    assert.ok(code, `redirected with a code (status ${login.status})`);
    const token = await fetch(`${t.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", client_id: client.ClientId!, code, redirect_uri: callback }),
    });
    const body = (await token.json()) as { id_token: string };
    assert.equal(decodeJwt(body.id_token)!.payload.tenant, "acme");
    assert.equal(lastEvent().triggerSource, "TokenGeneration_HostedAuth");
  });

  it("PreAuthentication can refuse a password or SRP sign-in; PostAuthentication runs before the tokens", async () => {
    const auth = await createPool("triggers-auth", { PreAuthentication: fn("preAuthentication"), PostAuthentication: fn("postAuthentication") });
    await confirmedUser(auth.poolId, "blocked", "b@example.com");
    await confirmedUser(auth.poolId, "henry", "h@example.com");
    await rejectsWith(signIn(auth.clientId, "blocked"), "UserLambdaValidationException", "PreAuthentication failed with error Sign-in blocked.");
    await rejectsWith(
      t.cognito.send(
        new InitiateAuthCommand({ ClientId: auth.clientId, AuthFlow: "USER_SRP_AUTH", AuthParameters: { USERNAME: "blocked", SRP_A: "ab".repeat(64) } }),
      ),
      "UserLambdaValidationException",
      "PreAuthentication failed with error Sign-in blocked.",
    );
    const before = events().length;
    assert.ok((await signIn(auth.clientId, "henry")).AuthenticationResult?.IdToken);
    const fired = events()
      .slice(before)
      .map((e) => e.triggerSource);
    assert.deepEqual(fired, ["PreAuthentication_Authentication", "PostAuthentication_Authentication"]);
    assert.equal(lastEvent().request.userAttributes.email, "h@example.com");
  });

  it("UserMigration creates an unknown user from the old system on a password sign-in, with that password", async () => {
    const pool = await createPool("triggers-migration", { UserMigration: fn("migrate") });
    await rejectsWith(
      t.cognito.send(
        new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "legacy", PASSWORD: "Wrong-pass-1" } }),
      ),
      "UserLambdaValidationException",
      "UserMigration failed with error Bad password.",
    );
    await rejectsWith(t.cognito.send(new AdminGetUserCommand({ UserPoolId: pool.poolId, Username: "legacy" })), "UserNotFoundException");
    const tokens = (await signIn(pool.clientId, "legacy")).AuthenticationResult!;
    assert.equal(decodeJwt(tokens.IdToken!)!.payload.email, "legacy@example.com");
    const e = lastEvent();
    assert.equal(e.triggerSource, "UserMigration_Authentication");
    assert.equal(e.userName, "legacy");
    const user = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: pool.poolId, Username: "legacy" }));
    assert.equal(user.UserStatus, "CONFIRMED");
    // Migrated once: the next sign-in is the pool's own.
    const before = events().length;
    assert.ok((await signIn(pool.clientId, "legacy")).AuthenticationResult);
    assert.equal(events().length, before);
  });
});
