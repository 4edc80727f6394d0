import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AuthenticationDetails,
  type CognitoRefreshToken,
  CognitoUser,
  type CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
} from "amazon-cognito-identity-js";
import type { ClientRecord, PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { createClient, createPool, createUser, PASSWORD } from "./auth-fixture.js";

/** amazon-cognito-identity-js, unmodified, pointed at poolgate: the client many apps still ship. */
describe("amazon-cognito-identity-js against poolgate", () => {
  let t: TestServer;
  let pool: PoolRecord;
  let client: ClientRecord;
  let userPool: CognitoUserPool;
  before(async () => {
    t = await startServer();
    pool = await createPool(t);
    client = createClient(t, pool);
    userPool = new CognitoUserPool({ UserPoolId: pool.Id, ClientId: client.ClientId, endpoint: t.url });
  });
  after(() => t.stop());

  function signIn(username: string, password: string, newPassword?: string): Promise<{ user: CognitoUser; session: CognitoUserSession }> {
    const user = new CognitoUser({ Username: username, Pool: userPool });
    user.setAuthenticationFlowType("USER_PASSWORD_AUTH");
    return new Promise((resolve, reject) => {
      user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
        onSuccess: (session) => resolve({ user, session }),
        onFailure: reject,
        newPasswordRequired: (userAttributes: Record<string, string>) => {
          if (!newPassword) return reject(new Error("unexpected NEW_PASSWORD_REQUIRED"));
          delete userAttributes.email_verified;
          delete userAttributes.email;
          user.completeNewPasswordChallenge(newPassword, {}, { onSuccess: (session) => resolve({ user, session }), onFailure: reject });
        },
      });
    });
  }

  it("signs in with USER_PASSWORD_AUTH, reads attributes, refreshes, changes password and signs out globally", async () => {
    await createUser(t, pool, { username: "gina", attributes: { email: "gina@example.com", email_verified: "true" } });
    const { user, session } = await signIn("gina", PASSWORD);
    assert.equal(session.isValid(), true);
    assert.equal(session.getIdToken().payload["cognito:username"], "gina");
    assert.equal(session.getAccessToken().payload.username, "gina");

    const attrs = await new Promise<CognitoUserAttribute[] | undefined>((res, rej) => user.getUserAttributes((e, a) => (e ? rej(e) : res(a))));
    assert.equal(attrs?.find((a) => a.getName() === "email")?.getValue(), "gina@example.com");

    const refreshed = await new Promise<CognitoUserSession>((res, rej) =>
      user.refreshSession(session.getRefreshToken() as CognitoRefreshToken, (e: Error | null, s: CognitoUserSession) => (e ? rej(e) : res(s))),
    );
    assert.equal(refreshed.getIdToken().payload.auth_time, session.getIdToken().payload.auth_time);
    assert.notEqual(refreshed.getAccessToken().getJwtToken(), session.getAccessToken().getJwtToken());

    await new Promise((res, rej) => user.changePassword(PASSWORD, "Changed-Pass-5", (e, r) => (e ? rej(e) : res(r))));
    await new Promise((res, rej) => user.globalSignOut({ onSuccess: res, onFailure: rej }));
    const after = await signIn("gina", "Changed-Pass-5");
    assert.equal(after.session.isValid(), true);
  });

  it("completes NEW_PASSWORD_REQUIRED through completeNewPasswordChallenge", async () => {
    await createUser(t, pool, { username: "hank", status: "FORCE_CHANGE_PASSWORD", attributes: { email: "hank@example.com", email_verified: "true" } });
    const { session } = await signIn("hank", PASSWORD, "Permanent-Pass-3");
    assert.equal(session.getIdToken().payload["cognito:username"], "hank");
    assert.equal(t.app.services.cognito.users.get(pool.Id, "hank")?.UserStatus, "CONFIRMED");
  });

  it("surfaces AWS's error codes and messages to the library", async () => {
    await assert.rejects(signIn("gina", "Wrong-pass-1"), (e: Error & { code?: string }) => {
      assert.equal(e.code, "NotAuthorizedException");
      assert.equal(e.message, "Incorrect username or password.");
      return true;
    });
  });
});
