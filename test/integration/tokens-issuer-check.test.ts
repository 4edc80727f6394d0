import { after, before, describe, it } from "node:test";
import { CreateUserPoolCommand, GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { signedToken } from "../harness/doctor.js";
import { startServer, type TestServer } from "../harness/server.js";

// Cognito's token-authorized operations and /oauth2/userInfo share one access-token check: a token signed with the
// pool's own key is still refused when its `iss` names the pool under another region's hostname.
describe("access tokens name their pool by one of its issuers", () => {
  let t: TestServer;
  let poolId: string;
  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "iss" }))).UserPool?.Id ?? "";
  });
  after(() => t.stop());

  it("refuses a well-signed token whose issuer has the wrong region", async () => {
    const token = signedToken(t, poolId, "access", { iss: `https://cognito-idp.eu-west-1.amazonaws.com/${poolId}` });
    await rejectsWith(t.cognito.send(new GetUserCommand({ AccessToken: token })), "NotAuthorizedException", "Invalid Access Token");
  });

  it("says expired for an expired token of the pool", async () => {
    const token = signedToken(t, poolId, "access", { exp: Math.floor(t.clock.now() / 1000) - 1 });
    await rejectsWith(t.cognito.send(new GetUserCommand({ AccessToken: token })), "NotAuthorizedException", "Access Token has expired");
  });

  it("gets as far as the user for a valid token of the pool", async () => {
    const token = signedToken(t, poolId, "access", {});
    await rejectsWith(t.cognito.send(new GetUserCommand({ AccessToken: token })), "UserNotFoundException", "User does not exist.");
  });
});
