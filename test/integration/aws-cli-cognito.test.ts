import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { JwtRsaVerifier } from "aws-jwt-verify";
import { aws } from "../harness/aws-cli.js";
import { startServer, type TestServer } from "../harness/server.js";

describe("AWS CLI round trip: create pool → client → sign-up → confirm → initiate-auth", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("gets tokens that verify with aws-jwt-verify", async () => {
    const pool = await aws(t.url, ["cognito-idp", "create-user-pool", "--pool-name", "cli-pool", "--auto-verified-attributes", "email"]);
    assert.equal(pool.code, 0, pool.stderr);
    const poolId: string = pool.json.UserPool.Id;

    const client = await aws(t.url, [
      "cognito-idp",
      "create-user-pool-client",
      "--user-pool-id",
      poolId,
      "--client-name",
      "cli",
      "--explicit-auth-flows",
      "ALLOW_USER_PASSWORD_AUTH",
      "ALLOW_REFRESH_TOKEN_AUTH",
    ]);
    assert.equal(client.code, 0, client.stderr);
    const clientId: string = client.json.UserPoolClient.ClientId;

    const signUp = await aws(t.url, [
      "cognito-idp",
      "sign-up",
      "--client-id",
      clientId,
      "--username",
      "jane",
      "--password",
      "Passw0rd!x",
      "--user-attributes",
      "Name=email,Value=jane@example.com",
    ]);
    assert.equal(signUp.code, 0, signUp.stderr);
    assert.equal(signUp.json.UserConfirmed, false);

    const codes = await (await fetch(`${t.url}/_poolgate/codes?userPoolId=${poolId}&username=jane`)).json();
    const code = codes.codes.find((c: { purpose: string }) => c.purpose === "SIGN_UP")?.code;
    assert.match(code, /^\d{6}$/);
    const confirm = await aws(t.url, ["cognito-idp", "confirm-sign-up", "--client-id", clientId, "--username", "jane", "--confirmation-code", code]);
    assert.equal(confirm.code, 0, confirm.stderr);

    const auth = await aws(t.url, [
      "cognito-idp",
      "initiate-auth",
      "--client-id",
      clientId,
      "--auth-flow",
      "USER_PASSWORD_AUTH",
      "--auth-parameters",
      "USERNAME=jane,PASSWORD=Passw0rd!x",
    ]);
    assert.equal(auth.code, 0, auth.stderr);
    const result = auth.json.AuthenticationResult;
    assert.equal(result.TokenType, "Bearer");
    assert.equal(result.ExpiresIn, 3600);

    // aws-jwt-verify fetches JWKS over https only: hand it the JWKS poolgate serves.
    const verifier = JwtRsaVerifier.create({ issuer: `${t.url}/${poolId}`, audience: clientId, jwksUri: `${t.url}/${poolId}/.well-known/jwks.json` });
    verifier.cacheJwks(await (await fetch(`${t.url}/${poolId}/.well-known/jwks.json`)).json());
    const payload = await verifier.verify(result.IdToken);
    assert.equal(payload["cognito:username"], "jane");
    assert.equal(payload.email, "jane@example.com");
  });

  it("shows AWS's error for a wrong password", async () => {
    const pool = await aws(t.url, ["cognito-idp", "create-user-pool", "--pool-name", "cli-pool-2"]);
    const poolId: string = pool.json.UserPool.Id;
    const client = await aws(t.url, [
      "cognito-idp",
      "create-user-pool-client",
      "--user-pool-id",
      poolId,
      "--client-name",
      "cli",
      "--explicit-auth-flows",
      "ALLOW_USER_PASSWORD_AUTH",
    ]);
    const clientId: string = client.json.UserPoolClient.ClientId;
    await aws(t.url, ["cognito-idp", "admin-create-user", "--user-pool-id", poolId, "--username", "bob", "--message-action", "SUPPRESS"]);
    await aws(t.url, ["cognito-idp", "admin-set-user-password", "--user-pool-id", poolId, "--username", "bob", "--password", "Passw0rd!x", "--permanent"]);
    const bad = await aws(t.url, [
      "cognito-idp",
      "initiate-auth",
      "--client-id",
      clientId,
      "--auth-flow",
      "USER_PASSWORD_AUTH",
      "--auth-parameters",
      "USERNAME=bob,PASSWORD=wrong",
    ]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /NotAuthorizedException.*Incorrect username or password\./);
  });
});
