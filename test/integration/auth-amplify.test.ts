import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { fetchAuthSession, fetchUserAttributes, getCurrentUser, signIn, signOut } from "aws-amplify/auth";
import type { ClientRecord, PoolRecord } from "../../src/store/cognito/records.js";
import { startServer, type TestServer } from "../harness/server.js";
import { awsError, createClient, createPool, createUser, PASSWORD } from "./auth-fixture.js";

/** Amplify v6 (unmodified) against poolgate: password sign-in, attributes, refresh via GetTokensFromRefreshToken. */
describe("Amplify v6 auth against poolgate", () => {
  let t: TestServer;
  let pool: PoolRecord;
  let client: ClientRecord;
  before(async () => {
    t = await startServer();
    pool = await createPool(t);
    client = createClient(t, pool);
    Amplify.configure({ Auth: { Cognito: { userPoolId: pool.Id, userPoolClientId: client.ClientId, userPoolEndpoint: t.url } } });
  });
  after(() => t.stop());

  it("signs in with USER_PASSWORD_AUTH, reads attributes and refreshes (GetTokensFromRefreshToken), then signs out globally", async () => {
    await createUser(t, pool, { username: "kim", attributes: { email: "kim@example.com", email_verified: "true" } });
    const res = await signIn({ username: "kim", password: PASSWORD, options: { authFlowType: "USER_PASSWORD_AUTH" } });
    assert.equal(res.isSignedIn, true);
    assert.equal((await getCurrentUser()).username, "kim");
    const attrs = await fetchUserAttributes();
    assert.equal(attrs.email, "kim@example.com");
    const first = await fetchAuthSession();
    const refreshed = await fetchAuthSession({ forceRefresh: true });
    assert.ok(refreshed.tokens?.accessToken);
    assert.notEqual(refreshed.tokens?.accessToken.toString(), first.tokens?.accessToken.toString());
    assert.equal(refreshed.tokens?.accessToken.payload.origin_jti, first.tokens?.accessToken.payload.origin_jti);
    await signOut({ global: true });
    await assert.rejects(
      t.cognito.send(new GetUserCommand({ AccessToken: refreshed.tokens?.accessToken.toString() })),
      awsError("NotAuthorizedException", "Access Token has been revoked"),
    );
  });
});
