import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Amplify } from "aws-amplify";
import { confirmSignIn, fetchAuthSession, signIn, signOut } from "aws-amplify/auth";
import { JwtRsaVerifier } from "aws-jwt-verify";
import { startServer, type TestServer } from "../harness/server.js";
import { createClient, createPool, PASSWORD, seedUser } from "./srp-fixtures.js";

/*
 * Amplify v6 `signIn` (default authFlowType USER_SRP_AUTH) in Node 20, which has the fetch and Web Crypto
 * globals Amplify needs, pointed at poolgate with Auth.Cognito.userPoolEndpoint. The clients here do not
 * allow USER_PASSWORD_AUTH, so a success can only be an SRP sign-in.
 */
describe("SRP sign-in with aws-amplify v6", () => {
  let t: TestServer;
  let poolId: string;
  let clientId: string;

  const configure = (pool: string, client: string) =>
    Amplify.configure({ Auth: { Cognito: { userPoolId: pool, userPoolClientId: client, userPoolEndpoint: t.url } } });

  before(async () => {
    t = await startServer();
    poolId = await createPool(t);
    clientId = (await createClient(t, poolId, { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] })).id;
    await seedUser(t, poolId, { username: "amy", attributes: [{ Name: "email", Value: "amy@example.com" }] });
    configure(poolId, clientId);
  });
  after(async () => {
    await signOut().catch(() => undefined);
    await t.stop();
  });

  it("signs in; the ID token verifies with aws-jwt-verify", async () => {
    const r = await signIn({ username: "amy", password: PASSWORD });
    assert.equal(r.isSignedIn, true);
    assert.equal(r.nextStep.signInStep, "DONE");
    const session = await fetchAuthSession();
    const idToken = session.tokens?.idToken?.toString() ?? "";
    const verifier = JwtRsaVerifier.create({ issuer: t.app.services.urls.issuer(poolId), audience: clientId, jwksUri: t.app.services.urls.jwks(poolId) });
    verifier.cacheJwks(await (await fetch(t.app.services.urls.jwks(poolId))).json());
    const claims = await verifier.verify(idToken);
    assert.equal(claims["cognito:username"], "amy");
    assert.equal(claims.email, "amy@example.com");
    assert.equal(session.tokens?.accessToken.payload.client_id, clientId);
    await signOut();
  });

  it("reports a wrong password as NotAuthorizedException", async () => {
    await assert.rejects(signIn({ username: "amy", password: "Wrong-Password-1" }), (e: Error) => {
      assert.equal(e.name, "NotAuthorizedException");
      assert.equal(e.message, "Incorrect username or password.");
      return true;
    });
  });

  it("walks CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED to DONE for a temporary password", async () => {
    await seedUser(t, poolId, { username: "tom", password: "Temporary-Pass-1", status: "FORCE_CHANGE_PASSWORD" });
    const first = await signIn({ username: "tom", password: "Temporary-Pass-1" });
    assert.equal(first.isSignedIn, false);
    assert.equal(first.nextStep.signInStep, "CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED");
    const done = await confirmSignIn({ challengeResponse: "Brand-New-Pass-2" });
    assert.equal(done.nextStep.signInStep, "DONE");
    assert.equal((await fetchAuthSession()).tokens?.idToken?.payload["cognito:username"], "tom");
    await signOut();
    const again = await signIn({ username: "tom", password: "Brand-New-Pass-2" });
    assert.equal(again.nextStep.signInStep, "DONE");
    await signOut();
  });

  it("signs in by email in a UsernameAttributes=email pool", async () => {
    const emailPool = await createPool(t, { UsernameAttributes: ["email"] });
    const emailClient = await createClient(t, emailPool, { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    const internal = await seedUser(t, emailPool, {
      username: "ben@example.com",
      attributes: [
        { Name: "email", Value: "ben@example.com" },
        { Name: "email_verified", Value: "true" },
      ],
    });
    configure(emailPool, emailClient.id);
    try {
      const r = await signIn({ username: "ben@example.com", password: PASSWORD });
      assert.equal(r.nextStep.signInStep, "DONE");
      const payload = (await fetchAuthSession()).tokens?.idToken?.payload;
      assert.equal(payload?.["cognito:username"], internal);
      assert.equal(payload?.sub, internal);
      await signOut();
    } finally {
      configure(poolId, clientId);
    }
  });
});
