import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, describe, it } from "node:test";
import {
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { computeSecretHash } from "../../src/cognito/auth/secret-hash.js";
import { decodeJwt } from "../../src/jwt/jwt.js";
import { startServer, type TestServer } from "../harness/server.js";
import { answer, createClient, createPool, PASSWORD, seedUser, startSrp } from "./srp-fixtures.js";

/*
 * Software-token (TOTP) MFA through the AWS SDK v3: setting up an authenticator with an access token or inside
 * the MFA_SETUP challenge, and the SOFTWARE_TOKEN_MFA challenge after password, admin and SRP sign-ins.
 * Codes are computed here, independently of the server, by the small RFC 6238 function below.
 */

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function fromBase32(text: string): Buffer {
  let bits = "";
  for (const ch of text.toUpperCase()) bits += BASE32.indexOf(ch).toString(2).padStart(5, "0");
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP with HMAC-SHA1 and 30-second steps. */
function totp(key: Buffer, nowMs: number, digits = 6): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(nowMs / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = (mac.at(-1) ?? 0) & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits).padStart(digits, "0");
}

const fails = (name: string, message?: string) => (e: unknown) => {
  const err = e as Error & { $metadata?: { httpStatusCode?: number } };
  assert.equal(err.name, name, err.message);
  if (message !== undefined) assert.equal(err.message, message);
  assert.equal(err.$metadata?.httpStatusCode, 400);
  return true;
};

const STEP = 30_000;

describe("software-token (TOTP) MFA through the AWS SDK", () => {
  let t: TestServer;
  let optionalPool: string;
  let client: { id: string; secret?: string };
  let secretClient: { id: string; secret?: string };
  /** ann's verified secret, set up in the access-token test. */
  let annKey: Buffer;

  const code = (key: Buffer, offsetMs = 0) => totp(key, t.clock.now() + offsetMs);
  const passwordSignIn = (c: { id: string; secret?: string }, username: string, password = PASSWORD) =>
    t.cognito.send(
      new InitiateAuthCommand({
        ClientId: c.id,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: username, PASSWORD: password, ...(c.secret ? { SECRET_HASH: computeSecretHash(c.secret, username, c.id) } : {}) },
      }),
    );
  const answerTotp = (c: { id: string; secret?: string }, start: InitiateAuthCommandOutput, username: string, userCode: string) =>
    t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: c.id,
        ChallengeName: "SOFTWARE_TOKEN_MFA",
        Session: start.Session,
        ChallengeResponses: {
          USERNAME: username,
          SOFTWARE_TOKEN_MFA_CODE: userCode,
          ...(c.secret ? { SECRET_HASH: computeSecretHash(c.secret, username, c.id) } : {}),
        },
      }),
    );
  const mfaPool = async (mode: "ON" | "OPTIONAL") => {
    const id = await createPool(t);
    await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: mode, SoftwareTokenMfaConfiguration: { Enabled: true } }));
    return id;
  };

  before(async () => {
    t = await startServer();
    optionalPool = await mfaPool("OPTIONAL");
    client = await createClient(t, optionalPool);
    secretClient = await createClient(t, optionalPool, {
      GenerateSecret: true,
      ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    });
    await seedUser(t, optionalPool, { username: "ann" });
    await seedUser(t, optionalPool, { username: "bob" });
  });
  after(() => t.stop());

  it("computes the RFC 6238 Appendix B SHA1 vectors (the test's own TOTP)", () => {
    const key = Buffer.from("12345678901234567890", "ascii");
    assert.equal(totp(key, 59_000, 8), "94287082");
    assert.equal(totp(key, 1111111109_000, 8), "07081804");
    assert.equal(totp(key, 2000000000_000, 8), "69279037");
    assert.deepEqual(fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), key);
  });

  it("signs in directly in an OPTIONAL pool while the user has not turned MFA on", async () => {
    const out = await passwordSignIn(client, "bob");
    assert.ok(out.AuthenticationResult?.AccessToken);
    assert.equal(out.ChallengeName, undefined);
    const user = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: optionalPool, Username: "bob" }));
    assert.equal(user.UserMFASettingList, undefined);
    assert.equal(user.PreferredMfaSetting, undefined);
  });

  it("refuses to turn TOTP on for a user without a verified authenticator", async () => {
    await assert.rejects(
      t.cognito.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: optionalPool, Username: "bob", SoftwareTokenMfaSettings: { Enabled: true } })),
      fails("InvalidParameterException", "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA"),
    );
  });

  it("sets up an authenticator with the access token: Associate, Verify, SetUserMFAPreference", async () => {
    const signedIn = await passwordSignIn(client, "ann");
    const AccessToken = signedIn.AuthenticationResult?.AccessToken ?? "";
    const assoc = await t.cognito.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    assert.match(assoc.SecretCode ?? "", /^[A-Z2-7]{32}$/);
    assert.equal(assoc.Session, undefined);
    const key = fromBase32(assoc.SecretCode ?? "");

    await assert.rejects(
      t.cognito.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: code(key, 10 * STEP) })),
      fails("EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA"),
    );
    await assert.rejects(t.cognito.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: "12ab56" })), fails("InvalidParameterException"));
    // Verified but not yet turned on: an OPTIONAL pool still signs ann in with the password alone.
    const verified = await t.cognito.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: code(key), FriendlyDeviceName: "ann's phone" }));
    assert.equal(verified.Status, "SUCCESS");
    assert.equal(verified.Session, undefined);
    assert.ok((await passwordSignIn(client, "ann")).AuthenticationResult);

    await t.cognito.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const admin = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: optionalPool, Username: "ann" }));
    assert.deepEqual(admin.UserMFASettingList, ["SOFTWARE_TOKEN_MFA"]);
    assert.equal(admin.PreferredMfaSetting, "SOFTWARE_TOKEN_MFA");
    const self = await t.cognito.send(new GetUserCommand({ AccessToken }));
    assert.deepEqual(self.UserMFASettingList, ["SOFTWARE_TOKEN_MFA"]);
    assert.equal(self.PreferredMfaSetting, "SOFTWARE_TOKEN_MFA");
    annKey = key;
    // The code used by VerifySoftwareToken may not be used again; move to a fresh step.
    t.clock.advance(STEP);
  });

  it("asks SOFTWARE_TOKEN_MFA after the password; a wrong code is refused, the right one gives tokens", async () => {
    const signInAt = Math.floor(t.clock.now() / 1000);
    const start = await passwordSignIn(client, "ann");
    assert.equal(start.ChallengeName, "SOFTWARE_TOKEN_MFA");
    assert.equal(start.AuthenticationResult, undefined);
    assert.ok((start.Session ?? "").length >= 20);
    assert.deepEqual(start.ChallengeParameters, { USER_ID_FOR_SRP: "ann", FRIENDLY_DEVICE_NAME: "ann's phone" });

    await assert.rejects(answerTotp(client, start, "ann", code(annKey, 5 * STEP)), fails("CodeMismatchException", "Invalid code or auth state for the user."));
    await assert.rejects(
      t.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: client.id,
          ChallengeName: "SOFTWARE_TOKEN_MFA",
          Session: start.Session,
          ChallengeResponses: { USERNAME: "ann" },
        }),
      ),
      fails("InvalidParameterException", "Missing required parameter SOFTWARE_TOKEN_MFA_CODE"),
    );
    t.clock.advance(2_000);
    // The session survives a wrong code, as for other one-time codes.
    const out = await answerTotp(client, start, "ann", code(annKey));
    assert.equal(out.ChallengeName, undefined);
    assert.deepEqual(out.ChallengeParameters, {});
    const id = decodeJwt(out.AuthenticationResult?.IdToken ?? "")?.payload;
    assert.equal(id?.["cognito:username"], "ann");
    assert.equal(id?.auth_time, signInAt);
    assert.equal(id?.amr, undefined);
    assert.ok(out.AuthenticationResult?.RefreshToken);
    // The answered session is spent.
    await assert.rejects(
      answerTotp(client, start, "ann", code(annKey, STEP)),
      fails("NotAuthorizedException", "Invalid session for the user, session is expired."),
    );
  });

  it("refuses a code already used, and accepts the next step's", async () => {
    const used = code(annKey);
    const start = await passwordSignIn(client, "ann");
    await assert.rejects(answerTotp(client, start, "ann", used), fails("CodeMismatchException"));
    t.clock.advance(STEP);
    const out = await answerTotp(client, start, "ann", code(annKey));
    assert.ok(out.AuthenticationResult?.IdToken);
  });

  it("refuses an answer after the session expired (AuthSessionValidity, 3 minutes by default)", async () => {
    t.clock.advance(STEP);
    const start = await passwordSignIn(client, "ann");
    t.clock.advance(3 * 60_000 + 1_000);
    await assert.rejects(answerTotp(client, start, "ann", code(annKey)), fails("NotAuthorizedException", "Invalid session for the user, session is expired."));
  });

  it("works through AdminInitiateAuth and AdminRespondToAuthChallenge with a client secret", async () => {
    const adminStart = () =>
      t.cognito.send(
        new AdminInitiateAuthCommand({
          UserPoolId: optionalPool,
          ClientId: secretClient.id,
          AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "ann", PASSWORD, SECRET_HASH: computeSecretHash(secretClient.secret ?? "", "ann", secretClient.id) },
        }),
      );
    const respond = (Session: string | undefined, responses: Record<string, string>) =>
      t.cognito.send(
        new AdminRespondToAuthChallengeCommand({
          UserPoolId: optionalPool,
          ClientId: secretClient.id,
          ChallengeName: "SOFTWARE_TOKEN_MFA",
          Session,
          ChallengeResponses: responses,
        }),
      );
    t.clock.advance(STEP);
    const start = await adminStart();
    assert.equal(start.ChallengeName, "SOFTWARE_TOKEN_MFA");
    const SECRET_HASH = computeSecretHash(secretClient.secret ?? "", "ann", secretClient.id);
    const out = await respond(start.Session, { USERNAME: "ann", SOFTWARE_TOKEN_MFA_CODE: code(annKey), SECRET_HASH });
    assert.equal(decodeJwt(out.AuthenticationResult?.IdToken ?? "")?.payload.aud, secretClient.id);

    t.clock.advance(STEP);
    const second = await adminStart();
    await assert.rejects(
      respond(second.Session, { USERNAME: "ann", SOFTWARE_TOKEN_MFA_CODE: code(annKey) }),
      fails("NotAuthorizedException", `Client ${secretClient.id} is configured with secret but SECRET_HASH was not received`),
    );
  });

  it("ends an SRP sign-in in SOFTWARE_TOKEN_MFA too", async () => {
    t.clock.advance(STEP);
    const srp = await startSrp(t.cognito, optionalPool, client, "ann");
    const verified = await t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: client.id,
        ChallengeName: "PASSWORD_VERIFIER",
        Session: srp.out.Session,
        ChallengeResponses: answer(srp, PASSWORD, client, t.clock.now()),
      }),
    );
    assert.equal(verified.ChallengeName, "SOFTWARE_TOKEN_MFA");
    const out = await answerTotp(client, verified, "ann", code(annKey));
    assert.equal(decodeJwt(out.AuthenticationResult?.AccessToken ?? "")?.payload.username, "ann");
  });

  it("with MFA ON, a user without an authenticator sets one up in MFA_SETUP, then is asked SOFTWARE_TOKEN_MFA", async () => {
    const onPool = await mfaPool("ON");
    const onClient = await createClient(t, onPool, { GenerateSecret: true });
    await seedUser(t, onPool, { username: "cyd" });
    const start = await passwordSignIn(onClient, "cyd");
    assert.equal(start.ChallengeName, "MFA_SETUP");
    assert.deepEqual(start.ChallengeParameters, { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' });
    const secretHash = computeSecretHash(onClient.secret ?? "", "cyd", onClient.id);

    const assoc = await t.cognito.send(new AssociateSoftwareTokenCommand({ Session: start.Session }));
    assert.match(assoc.SecretCode ?? "", /^[A-Z2-7]{32}$/);
    assert.ok(assoc.Session && assoc.Session !== start.Session);
    const key = fromBase32(assoc.SecretCode ?? "");
    // AssociateSoftwareToken spent the challenge's first session.
    await assert.rejects(
      t.cognito.send(new AssociateSoftwareTokenCommand({ Session: start.Session })),
      fails("NotAuthorizedException", "Invalid session for the user, session is expired."),
    );
    await assert.rejects(
      t.cognito.send(new VerifySoftwareTokenCommand({ Session: assoc.Session, UserCode: code(key, -10 * STEP) })),
      fails("EnableSoftwareTokenMFAException"),
    );
    const verified = await t.cognito.send(new VerifySoftwareTokenCommand({ Session: assoc.Session, UserCode: code(key) }));
    assert.equal(verified.Status, "SUCCESS");
    assert.ok(verified.Session);

    const done = await t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: onClient.id,
        ChallengeName: "MFA_SETUP",
        Session: verified.Session,
        ChallengeResponses: { USERNAME: "cyd", SECRET_HASH: secretHash },
      }),
    );
    assert.ok(done.AuthenticationResult?.IdToken);
    const user = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: onPool, Username: "cyd" }));
    assert.deepEqual(user.UserMFASettingList, ["SOFTWARE_TOKEN_MFA"]);

    t.clock.advance(STEP);
    const again = await passwordSignIn(onClient, "cyd");
    assert.equal(again.ChallengeName, "SOFTWARE_TOKEN_MFA");
    assert.deepEqual(again.ChallengeParameters, { USER_ID_FOR_SRP: "cyd" });
    const out = await answerTotp(onClient, again, "cyd", code(key));
    assert.ok(out.AuthenticationResult?.AccessToken);
  });

  it("refuses MFA_SETUP answered with the initial session, and NEW_PASSWORD_REQUIRED leads to MFA_SETUP", async () => {
    const onPool = await mfaPool("ON");
    const onClient = await createClient(t, onPool);
    await seedUser(t, onPool, { username: "dee" });
    const start = await passwordSignIn(onClient, "dee");
    await assert.rejects(
      t.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: onClient.id,
          ChallengeName: "MFA_SETUP",
          Session: start.Session,
          ChallengeResponses: { USERNAME: "dee" },
        }),
      ),
      fails("NotAuthorizedException", "Invalid session for the user, session is expired."),
    );

    await seedUser(t, onPool, { username: "eve", status: "FORCE_CHANGE_PASSWORD" });
    const first = await passwordSignIn(onClient, "eve");
    assert.equal(first.ChallengeName, "NEW_PASSWORD_REQUIRED");
    const next = await t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: onClient.id,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: first.Session,
        ChallengeResponses: { USERNAME: "eve", NEW_PASSWORD: "Another-Horse-7" },
      }),
    );
    assert.equal(next.ChallengeName, "MFA_SETUP");
    assert.ok(next.Session);
  });

  it("refuses AssociateSoftwareToken where the pool does not offer TOTP, and without a token or session", async () => {
    const plainPool = await createPool(t);
    const plainClient = await createClient(t, plainPool);
    await seedUser(t, plainPool, { username: "fay" });
    const signedIn = await passwordSignIn(plainClient, "fay");
    await assert.rejects(
      t.cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: signedIn.AuthenticationResult?.AccessToken })),
      fails("SoftwareTokenMFANotFoundException"),
    );
    await assert.rejects(t.cognito.send(new AssociateSoftwareTokenCommand({})), fails("InvalidParameterException"));
    await assert.rejects(t.cognito.send(new VerifySoftwareTokenCommand({ Session: "x".repeat(40), UserCode: "123456" })), fails("NotAuthorizedException"));
  });
});
