import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

interface OutboxRow {
  username: string;
  purpose: string;
  code: string;
  used: boolean;
}

/**
 * The invitation's temporary password: checked against a hash kept on the user, and shown in the outbox only as
 * the message the user would read, marked used as soon as it no longer signs in.
 */
describe("invitations in the outbox", () => {
  let t: TestServer;
  let poolId: string;
  let clientId: string;
  const outbox = async (username: string): Promise<OutboxRow[]> =>
    ((await (await fetch(`${t.url}/_poolgate/codes?userPoolId=${poolId}&username=${username}`)).json()) as { codes: OutboxRow[] }).codes;
  const invite = async (username: string, action?: "RESEND") => {
    await t.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: username,
        MessageAction: action,
        UserAttributes: action ? undefined : [{ Name: "email", Value: `${username}@example.com` }],
        DesiredDeliveryMediums: ["EMAIL"],
      }),
    );
    const [row] = await outbox(username);
    assert.ok(row);
    return row;
  };
  const signIn = (username: string, password: string) =>
    t.cognito.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: password } }));

  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "invites" }))).UserPool?.Id as string;
    clientId = (
      await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] }))
    ).UserPoolClient?.ClientId as string;
  });
  after(() => t.stop());

  it("keeps no plaintext temporary password on the user", async () => {
    const row = await invite("carol");
    const stored = t.app.services.db.prepare("SELECT data FROM users WHERE username = ?").get("carol") as { data: string };
    assert.ok(!stored.data.includes(row.code), "the user record holds the temporary password in plaintext");
    assert.match(JSON.parse(stored.data).passwordHash, /\S/);
  });

  it("marks the invitation used once the user has set a new password (NEW_PASSWORD_REQUIRED)", async () => {
    const row = await invite("dave");
    assert.equal(row.used, false);
    const challenge = await signIn("dave", row.code);
    assert.equal(challenge.ChallengeName, "NEW_PASSWORD_REQUIRED");
    assert.equal((await outbox("dave"))[0]?.used, false, "a sign-in alone does not use it up");
    await t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "dave", NEW_PASSWORD: "Passw0rd!chosen" },
      }),
    );
    const [after] = await outbox("dave");
    assert.equal(after?.purpose, "INVITATION");
    assert.equal(after?.used, true);
    await rejectsWith(signIn("dave", row.code), "NotAuthorizedException");
  });

  it("marks it used when an administrator sets the password, and a re-sent invitation supersedes the old one", async () => {
    const first = await invite("erin");
    const second = await invite("erin", "RESEND");
    assert.notEqual(second.code, first.code);
    const rows = await outbox("erin");
    assert.deepEqual(
      rows.map((r) => [r.code === second.code ? "second" : "first", r.used]),
      [
        ["second", false],
        ["first", true],
      ],
    );
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "erin", Password: "Passw0rd!admin", Permanent: true }));
    assert.deepEqual(
      (await outbox("erin")).map((r) => r.used),
      [true, true],
    );
  });
});
