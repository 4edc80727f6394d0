import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  CreateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

const attr = (attrs: { Name?: string; Value?: string }[] | undefined, name: string) => attrs?.find((a) => a.Name === name)?.Value;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("administrator-managed users through the AWS SDK v3", () => {
  let t: TestServer;
  let poolId: string;
  const codes = async (username?: string) => {
    const q = new URLSearchParams({ userPoolId: poolId, ...(username ? { username } : {}) });
    return (await (await fetch(`${t.url}/_poolgate/codes?${q}`)).json()).codes as {
      code: string;
      purpose: string;
      destination: string | null;
      deliveryMedium: string | null;
    }[];
  };
  before(async () => {
    t = await startServer();
    const p = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "admins", Schema: [{ Name: "tenant", AttributeDataType: "String", Mutable: true }] }));
    poolId = p.UserPool!.Id!;
  });
  after(() => t.stop());

  it("AdminCreateUser answers a UserType in FORCE_CHANGE_PASSWORD with a sub", async () => {
    const out = await t.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: "alice",
        TemporaryPassword: "Temp-Passw0rd!",
        UserAttributes: [
          { Name: "email", Value: "alice@example.com" },
          { Name: "email_verified", Value: "True" },
          { Name: "custom:tenant", Value: "acme" },
        ],
        MessageAction: "SUPPRESS",
      }),
    );
    const u = out.User!;
    assert.equal(u.Username, "alice");
    assert.equal(u.UserStatus, "FORCE_CHANGE_PASSWORD");
    assert.equal(u.Enabled, true);
    assert.ok(u.UserCreateDate instanceof Date);
    assert.ok(u.UserLastModifiedDate instanceof Date);
    assert.equal(u.Attributes?.[0]?.Name, "sub");
    assert.match(attr(u.Attributes, "sub") ?? "", UUID);
    assert.equal(attr(u.Attributes, "email_verified"), "true");
    assert.equal(attr(u.Attributes, "custom:tenant"), "acme");
    assert.equal((await codes("alice")).length, 0, "SUPPRESS sends no invitation");
  });

  it("AdminGetUser finds the user case-insensitively, by sub, and never shows a password", async () => {
    const got = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "ALICE" }));
    assert.equal(got.Username, "alice");
    assert.equal(got.UserStatus, "FORCE_CHANGE_PASSWORD");
    assert.equal(got.Enabled, true);
    assert.ok(got.UserCreateDate instanceof Date);
    const sub = attr(got.UserAttributes, "sub")!;
    const bySub = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: sub }));
    assert.equal(bySub.Username, "alice");
    const raw = JSON.stringify(got);
    assert.ok(!raw.includes("Temp-Passw0rd!"));
    assert.ok(!raw.includes("passwordHash") && !raw.includes("srp"));
  });

  it("refuses a duplicate with UsernameExistsException 'User account already exists'", async () => {
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "Alice", MessageAction: "SUPPRESS" })),
      "UsernameExistsException",
      "User account already exists",
    );
  });

  it("generates a policy-conforming temporary password and puts the invitation in the outbox", async () => {
    await t.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: "bob",
        UserAttributes: [{ Name: "email", Value: "bob@example.com" }],
        DesiredDeliveryMediums: ["EMAIL"],
      }),
    );
    const rows = await codes("bob");
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.purpose, "INVITATION");
    assert.equal(rows[0]!.destination, "bob@example.com");
    assert.equal(rows[0]!.deliveryMedium, "EMAIL");
    const temp = rows[0]!.code;
    assert.ok(temp.length >= 12);
    for (const re of [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/]) assert.match(temp, re);
  });

  it("MessageAction RESEND re-invites with a new temporary password; unknown users are UserNotFoundException", async () => {
    await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "bob", MessageAction: "RESEND", DesiredDeliveryMediums: ["EMAIL"] }));
    const rows = await codes("bob");
    assert.equal(rows.length, 2);
    assert.notEqual(rows[0]!.code, rows[1]!.code);
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "nobody", MessageAction: "RESEND" })),
      "UserNotFoundException",
      "User does not exist.",
    );
  });

  it("checks a given temporary password against the policy", async () => {
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "weak", TemporaryPassword: "short", MessageAction: "SUPPRESS" })),
      "InvalidPasswordException",
      /^Password did not conform with policy: /,
    );
    await rejectsWith(t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "weak" })), "UserNotFoundException");
  });

  it("refuses attributes outside the schema and badly formed email/phone", async () => {
    await rejectsWith(
      t.cognito.send(
        new AdminCreateUserCommand({ UserPoolId: poolId, Username: "carol", UserAttributes: [{ Name: "custom:nope", Value: "x" }], MessageAction: "SUPPRESS" }),
      ),
      "InvalidParameterException",
      "Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema.",
    );
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "carol", UserAttributes: [{ Name: "email", Value: "not-an-email" }] })),
      "InvalidParameterException",
      "Invalid email address format.",
    );
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "carol", UserAttributes: [{ Name: "phone_number", Value: "555-1234" }] })),
      "InvalidParameterException",
      "Invalid phone number format.",
    );
  });

  it("AdminSetUserPassword: Permanent true => CONFIRMED, false => FORCE_CHANGE_PASSWORD", async () => {
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "alice", Password: "Perm-Passw0rd!", Permanent: true }));
    assert.equal((await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }))).UserStatus, "CONFIRMED");
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "alice", Password: "Temp-Passw0rd2!", Permanent: false }));
    assert.equal((await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }))).UserStatus, "FORCE_CHANGE_PASSWORD");
    await rejectsWith(
      t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "alice", Password: "password", Permanent: true })),
      "InvalidPasswordException",
      /^Password did not conform with policy: Password must have uppercase characters$/,
    );
    await rejectsWith(
      t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "ghost", Password: "Perm-Passw0rd!", Permanent: true })),
      "UserNotFoundException",
    );
  });

  it("stores a scrypt hash and an SRP verifier, never the password", () => {
    const user = t.app.services.cognito.users.get(poolId, "alice")!;
    assert.match(user.passwordHash ?? "", /^scrypt\$/);
    assert.ok(user.srp?.salt && user.srp.verifier);
    assert.ok(!JSON.stringify(user).includes("Temp-Passw0rd2!"));
  });

  it("AdminConfirmSignUp refuses a user who is not UNCONFIRMED", async () => {
    await rejectsWith(
      t.cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: "alice" })),
      "NotAuthorizedException",
      "User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD",
    );
  });

  it("answers an unknown pool with ResourceNotFoundException", async () => {
    await rejectsWith(
      t.cognito.send(new AdminGetUserCommand({ UserPoolId: "us-east-1_nope12345", Username: "alice" })),
      "ResourceNotFoundException",
      "User pool us-east-1_nope12345 does not exist.",
    );
  });
});

describe("username attributes and aliases", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("an email-username pool stores the user under a UUID equal to sub and finds it by email", async () => {
    const p = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "by-email", UsernameAttributes: ["email"] }));
    const poolId = p.UserPool!.Id!;
    const out = await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "dana@example.com", MessageAction: "SUPPRESS" }));
    const u = out.User!;
    assert.match(u.Username ?? "", UUID);
    assert.equal(attr(u.Attributes, "sub"), u.Username);
    assert.equal(attr(u.Attributes, "email"), "dana@example.com");
    const got = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "dana@example.com" }));
    assert.equal(got.Username, u.Username);
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "DANA@example.com", MessageAction: "SUPPRESS" })),
      "UsernameExistsException",
      "An account with the given email already exists.",
    );
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "dana", MessageAction: "SUPPRESS" })),
      "InvalidParameterException",
      "Username should be an email.",
    );
  });

  it("an email-alias pool refuses an email-shaped username", async () => {
    const p = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "alias", AliasAttributes: ["email"] }));
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: p.UserPool!.Id!, Username: "erin@example.com", MessageAction: "SUPPRESS" })),
      "InvalidParameterException",
      "Username cannot be of email format, since user pool is configured for email alias",
    );
  });

  it("a verified email alias belongs to one user unless ForceAliasCreation moves it", async () => {
    const p = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "alias2", AliasAttributes: ["email"] }));
    const poolId = p.UserPool!.Id!;
    const verified = [
      { Name: "email", Value: "shared@example.com" },
      { Name: "email_verified", Value: "true" },
    ];
    await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "first", UserAttributes: verified, MessageAction: "SUPPRESS" }));
    await rejectsWith(
      t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "second", UserAttributes: verified, MessageAction: "SUPPRESS" })),
      "AliasExistsException",
      "An account with the given email already exists.",
    );
    await t.cognito.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: "second", UserAttributes: verified, MessageAction: "SUPPRESS", ForceAliasCreation: true }),
    );
    const first = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "first" }));
    assert.equal(attr(first.UserAttributes, "email_verified"), "false");
    const viaAlias = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "shared@example.com" }));
    assert.equal(viaAlias.Username, "second");
  });
});

describe("changing and removing users", () => {
  let t: TestServer;
  let poolId: string;
  const get = (u: string) => t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: u }));
  before(async () => {
    t = await startServer();
    poolId = (
      await t.cognito.send(
        new CreateUserPoolCommand({
          PoolName: "changes",
          AutoVerifiedAttributes: ["email"],
          Schema: [
            { Name: "badge", AttributeDataType: "String", Mutable: false },
            { Name: "given_name", Required: true, AttributeDataType: "String", Mutable: true },
          ],
        }),
      )
    ).UserPool!.Id!;
    await t.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: "fay",
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "email", Value: "fay@example.com" },
          { Name: "email_verified", Value: "true" },
          { Name: "given_name", Value: "Fay" },
          { Name: "custom:badge", Value: "B-1" },
        ],
      }),
    );
  });
  after(() => t.stop());

  it("AdminDisableUser / AdminEnableUser flip Enabled", async () => {
    await t.cognito.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: "fay" }));
    assert.equal((await get("fay")).Enabled, false);
    await t.cognito.send(new AdminEnableUserCommand({ UserPoolId: poolId, Username: "fay" }));
    assert.equal((await get("fay")).Enabled, true);
    await rejectsWith(t.cognito.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: "ghost" })), "UserNotFoundException", "User does not exist.");
  });

  it("AdminUpdateUserAttributes sets values; a new email becomes unverified and gets a code", async () => {
    const before = (await get("fay")).UserLastModifiedDate!;
    t.clock.advance(2000);
    await t.cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: poolId,
        Username: "fay",
        UserAttributes: [
          { Name: "email", Value: "fay@new.example" },
          { Name: "nickname", Value: "ff" },
        ],
      }),
    );
    const u = await get("fay");
    assert.equal(attr(u.UserAttributes, "email"), "fay@new.example");
    assert.equal(attr(u.UserAttributes, "email_verified"), "false");
    assert.equal(attr(u.UserAttributes, "nickname"), "ff");
    assert.ok(u.UserLastModifiedDate!.getTime() > before.getTime());
    const rows = (await (await fetch(`${t.url}/_poolgate/codes?userPoolId=${poolId}&username=fay`)).json()).codes as { purpose: string; destination: string }[];
    assert.deepEqual(
      rows.map((r) => [r.purpose, r.destination]),
      [["VERIFY_ATTRIBUTE", "fay@new.example"]],
    );
    await t.cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: poolId,
        Username: "fay",
        UserAttributes: [{ Name: "email_verified", Value: "true" }],
      }),
    );
    assert.equal(attr((await get("fay")).UserAttributes, "email_verified"), "true");
  });

  it("AdminUpdateUserAttributes refuses unknown and immutable attributes with the user. prefix", async () => {
    await rejectsWith(
      t.cognito.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "fay", UserAttributes: [{ Name: "update_email", Value: "x" }] })),
      "InvalidParameterException",
      "user.update_email: Attribute does not exist in the schema.\n",
    );
    await rejectsWith(
      t.cognito.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "fay", UserAttributes: [{ Name: "custom:badge", Value: "B-2" }] })),
      "InvalidParameterException",
      "user.custom:badge: Attribute cannot be updated. (changing an immutable attribute)\n",
    );
    await rejectsWith(
      t.cognito.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: "fay", UserAttributes: [{ Name: "email", Value: "nope" }] })),
      "InvalidParameterException",
      "Invalid email address format.",
    );
  });

  it("AdminDeleteUserAttributes removes attributes but not required or immutable ones", async () => {
    await t.cognito.send(new AdminDeleteUserAttributesCommand({ UserPoolId: poolId, Username: "fay", UserAttributeNames: ["nickname", "email"] }));
    const u = await get("fay");
    assert.equal(attr(u.UserAttributes, "nickname"), undefined);
    assert.equal(attr(u.UserAttributes, "email"), undefined);
    assert.equal(attr(u.UserAttributes, "email_verified"), undefined);
    await rejectsWith(
      t.cognito.send(new AdminDeleteUserAttributesCommand({ UserPoolId: poolId, Username: "fay", UserAttributeNames: ["given_name"] })),
      "InvalidParameterException",
      "user.given_name: The attribute is required\n",
    );
  });

  it("AdminDeleteUser removes the user; the name can be used again", async () => {
    await t.cognito.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: "FAY" }));
    await rejectsWith(get("fay"), "UserNotFoundException", "User does not exist.");
    await rejectsWith(t.cognito.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: "fay" })), "UserNotFoundException");
    const again = await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "fay", MessageAction: "SUPPRESS" }));
    assert.equal(again.User?.Username, "fay");
  });
});
