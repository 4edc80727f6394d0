import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from "amazon-cognito-identity-js";
import { JwtRsaVerifier } from "aws-jwt-verify";
import { startServer, type TestServer } from "../harness/server.js";
import { createClient, createPool, PASSWORD, seedUser } from "./srp-fixtures.js";

/*
 * amazon-cognito-identity-js, unmodified, signing in with SRP (its default flow) against poolgate: the library
 * computes A, x, S, K and the claim signature itself and only the endpoint differs from AWS.
 */

interface Outcome {
  kind: "success" | "failure" | "newPasswordRequired";
  session?: CognitoUserSession;
  error?: { code?: string; name?: string; message: string };
  user: CognitoUser;
  userAttributes?: Record<string, string>;
  requiredAttributes?: string[];
}

function authenticate(pool: CognitoUserPool, username: string, password: string): Promise<Outcome> {
  const user = new CognitoUser({ Username: username, Pool: pool });
  return new Promise((resolve) =>
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: (session) => resolve({ kind: "success", session, user }),
      onFailure: (error) => resolve({ kind: "failure", error, user }),
      newPasswordRequired: (userAttributes, requiredAttributes) => resolve({ kind: "newPasswordRequired", user, userAttributes, requiredAttributes }),
    }),
  );
}

function completeNewPassword(user: CognitoUser, password: string, attributes: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) =>
    user.completeNewPasswordChallenge(password, attributes, {
      onSuccess: (session) => resolve({ kind: "success", session, user }),
      onFailure: (error) => resolve({ kind: "failure", error, user }),
    }),
  );
}

describe("SRP sign-in with amazon-cognito-identity-js", () => {
  let t: TestServer;
  let poolId: string;
  let clientId: string;
  let userPool: CognitoUserPool;

  before(async () => {
    t = await startServer();
    poolId = await createPool(t);
    clientId = (await createClient(t, poolId)).id;
    userPool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: t.url });
    await seedUser(t, poolId, { username: "alice", attributes: [{ Name: "email", Value: "alice@example.com" }] });
  });
  after(() => t.stop());

  async function verifier(audience: string) {
    const jwks = await (await fetch(t.app.services.urls.jwks(poolId))).json();
    const id = JwtRsaVerifier.create({ issuer: t.app.services.urls.issuer(poolId), audience, jwksUri: t.app.services.urls.jwks(poolId) });
    id.cacheJwks(jwks);
    return id;
  }

  it("signs in and gets tokens that aws-jwt-verify accepts, with the same claims as USER_PASSWORD_AUTH", async () => {
    const out = await authenticate(userPool, "alice", PASSWORD);
    assert.equal(out.kind, "success", out.error?.message);
    const idToken = out.session?.getIdToken().getJwtToken() ?? "";
    const accessToken = out.session?.getAccessToken().getJwtToken() ?? "";
    assert.ok(out.session?.getRefreshToken().getToken());
    const v = await verifier(clientId);
    const idClaims = await v.verify(idToken, { tokenUse: "id" } as never);
    assert.equal(idClaims["cognito:username"], "alice");
    assert.equal(idClaims.token_use, "id");
    const accessVerifier = JwtRsaVerifier.create({
      issuer: t.app.services.urls.issuer(poolId),
      audience: null,
      jwksUri: t.app.services.urls.jwks(poolId),
      customJwtCheck: ({ payload }) => assert.equal(payload.client_id, clientId),
    });
    accessVerifier.cacheJwks(await (await fetch(t.app.services.urls.jwks(poolId))).json());
    const accessClaims = await accessVerifier.verify(accessToken);
    assert.equal(accessClaims.username, "alice");
    assert.equal(accessClaims.scope, "aws.cognito.signin.user.admin");

    const pw = await t.cognito.send(
      new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }),
    );
    const pwClaims = await v.verify(pw.AuthenticationResult?.IdToken ?? "");
    for (const claim of ["sub", "iss", "aud", "cognito:username", "email", "token_use"]) assert.equal(idClaims[claim], pwClaims[claim], claim);
  });

  it("signs in with the username in another case (usernames are case-insensitive)", async () => {
    const out = await authenticate(userPool, "ALICE", PASSWORD);
    assert.equal(out.kind, "success", out.error?.message);
    assert.equal(out.session?.getIdToken().payload["cognito:username"], "alice");
  });

  it("fails a wrong password with NotAuthorizedException 'Incorrect username or password.'", async () => {
    const out = await authenticate(userPool, "alice", `${PASSWORD}x`);
    assert.equal(out.kind, "failure");
    assert.equal(out.error?.code, "NotAuthorizedException");
    assert.equal(out.error?.message, "Incorrect username or password.");
  });

  it("reports an unknown user as UserNotFoundException on a LEGACY client", async () => {
    const out = await authenticate(userPool, "nobody", PASSWORD);
    assert.equal(out.error?.code, "UserNotFoundException");
    assert.equal(out.error?.message, "User does not exist.");
  });

  it("fails an unknown user like a wrong password when PreventUserExistenceErrors is ENABLED", async () => {
    const strict = await createClient(t, poolId, { PreventUserExistenceErrors: "ENABLED" });
    const out = await authenticate(new CognitoUserPool({ UserPoolId: poolId, ClientId: strict.id, endpoint: t.url }), "nobody", PASSWORD);
    assert.equal(out.error?.code, "NotAuthorizedException");
    assert.equal(out.error?.message, "Incorrect username or password.");
  });

  it("refuses a client without ALLOW_USER_SRP_AUTH", async () => {
    const noSrp = await createClient(t, poolId, { ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    const out = await authenticate(new CognitoUserPool({ UserPoolId: poolId, ClientId: noSrp.id, endpoint: t.url }), "alice", PASSWORD);
    assert.equal(out.error?.code, "InvalidParameterException");
    assert.equal(out.error?.message, "Auth flow not enabled for this client");
  });

  it("runs NEW_PASSWORD_REQUIRED for a user on a temporary password, then signs in with the new one", async () => {
    await seedUser(t, poolId, {
      username: "temp",
      password: "Temporary-Pass-1",
      status: "FORCE_CHANGE_PASSWORD",
      attributes: [{ Name: "email", Value: "temp@example.com" }],
    });
    const first = await authenticate(userPool, "temp", "Temporary-Pass-1");
    assert.equal(first.kind, "newPasswordRequired", first.error?.message);
    assert.equal(first.userAttributes?.email, "temp@example.com");
    assert.deepEqual(first.requiredAttributes, []);
    const done = await completeNewPassword(first.user, "Brand-New-Pass-2", {});
    assert.equal(done.kind, "success", done.error?.message);
    assert.equal(done.session?.getIdToken().payload["cognito:username"], "temp");
    const again = await authenticate(userPool, "temp", "Brand-New-Pass-2");
    assert.equal(again.kind, "success", again.error?.message);
    const old = await authenticate(userPool, "temp", "Temporary-Pass-1");
    assert.equal(old.error?.message, "Incorrect username or password.");
  });

  it("signs in by email in a UsernameAttributes=email pool, where the internal username is the sub", async () => {
    const emailPool = await createPool(t, { UsernameAttributes: ["email"] });
    const emailClient = await createClient(t, emailPool);
    const internal = await seedUser(t, emailPool, {
      username: "bob@example.com",
      attributes: [
        { Name: "email", Value: "bob@example.com" },
        { Name: "email_verified", Value: "true" },
      ],
    });
    assert.match(internal, /^[0-9a-f-]{36}$/);
    const pool = new CognitoUserPool({ UserPoolId: emailPool, ClientId: emailClient.id, endpoint: t.url });
    const out = await authenticate(pool, "bob@example.com", PASSWORD);
    assert.equal(out.kind, "success", out.error?.message);
    // The library switched to USER_ID_FOR_SRP, the internal name, before computing x.
    assert.equal(out.user.getUsername(), internal);
    assert.equal(out.session?.getIdToken().payload["cognito:username"], internal);
    assert.equal(out.session?.getIdToken().payload.email, "bob@example.com");
    const wrong = await authenticate(pool, "bob@example.com", "nope-Nope-1");
    assert.equal(wrong.error?.message, "Incorrect username or password.");
  });
});
