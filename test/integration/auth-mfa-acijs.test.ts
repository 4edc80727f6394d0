import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { AdminGetUserCommand, SetUserPoolMfaConfigCommand } from "@aws-sdk/client-cognito-identity-provider";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from "amazon-cognito-identity-js";
import { startServer, type TestServer } from "../harness/server.js";
import { createClient, createPool, PASSWORD, seedUser } from "./srp-fixtures.js";

/*
 * amazon-cognito-identity-js, unmodified, through software-token MFA against poolgate: SRP sign-in in a pool that
 * requires MFA (mfaSetup → associateSoftwareToken → verifySoftwareToken), then a later sign-in answered through
 * totpRequired → sendMFACode(code, callbacks, "SOFTWARE_TOKEN_MFA").
 */

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function fromBase32(text: string): Buffer {
  let bits = "";
  for (const ch of text.toUpperCase()) bits += BASE32.indexOf(ch).toString(2).padStart(5, "0");
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP, HMAC-SHA1, 30-second steps, 6 digits. */
function totp(key: Buffer, nowMs: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(nowMs / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = (mac.at(-1) ?? 0) & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

type Step =
  | { kind: "success"; session: CognitoUserSession }
  | { kind: "failure"; error: { code?: string; message: string } }
  | { kind: "mfaSetup"; parameters: unknown }
  | { kind: "totpRequired"; parameters: unknown };

const callbacks = (resolve: (s: Step) => void) => ({
  onSuccess: (session: CognitoUserSession) => resolve({ kind: "success", session }),
  onFailure: (error: { code?: string; message: string }) => resolve({ kind: "failure", error }),
  mfaSetup: (_name: string, parameters: unknown) => resolve({ kind: "mfaSetup", parameters }),
  totpRequired: (_name: string, parameters: unknown) => resolve({ kind: "totpRequired", parameters }),
});

describe("software-token MFA with amazon-cognito-identity-js", () => {
  let t: TestServer;
  let poolId: string;
  let userPool: CognitoUserPool;

  before(async () => {
    t = await startServer();
    poolId = await createPool(t);
    await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const clientId = (await createClient(t, poolId)).id;
    userPool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: t.url });
    await seedUser(t, poolId, { username: "gil" });
  });
  after(() => t.stop());

  const signIn = (user: CognitoUser) =>
    new Promise<Step>((resolve) => user.authenticateUser(new AuthenticationDetails({ Username: "gil", Password: PASSWORD }), callbacks(resolve)));

  it("sets up TOTP in MFA_SETUP, then signs in through totpRequired and sendMFACode", async () => {
    const user = new CognitoUser({ Username: "gil", Pool: userPool });
    const first = await signIn(user);
    assert.equal(first.kind, "mfaSetup", JSON.stringify(first));

    const secret = await new Promise<string>((resolve, reject) => user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }));
    assert.match(secret, /^[A-Z2-7]{32}$/);
    const key = fromBase32(secret);

    const wrong = await new Promise<Step>((resolve) => user.verifySoftwareToken(totp(key, t.clock.now() + 300_000), "laptop", callbacks(resolve)));
    assert.equal(wrong.kind, "failure");
    assert.equal(wrong.kind === "failure" && wrong.error.code, "EnableSoftwareTokenMFAException");
    const setUp = await new Promise<Step>((resolve) => user.verifySoftwareToken(totp(key, t.clock.now()), "laptop", callbacks(resolve)));
    assert.equal(setUp.kind, "success", JSON.stringify(setUp));
    const admin = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "gil" }));
    assert.deepEqual(admin.UserMFASettingList, ["SOFTWARE_TOKEN_MFA"]);

    t.clock.advance(30_000);
    const again = new CognitoUser({ Username: "gil", Pool: userPool });
    const challenged = await signIn(again);
    assert.equal(challenged.kind, "totpRequired", JSON.stringify(challenged));
    assert.deepEqual(challenged.kind === "totpRequired" && challenged.parameters, { USER_ID_FOR_SRP: "gil", FRIENDLY_DEVICE_NAME: "laptop" });
    const done = await new Promise<Step>((resolve) => again.sendMFACode(totp(key, t.clock.now()), callbacks(resolve), "SOFTWARE_TOKEN_MFA"));
    assert.equal(done.kind, "success", JSON.stringify(done));
    assert.equal(done.kind === "success" && done.session.getIdToken().payload["cognito:username"], "gil");
  });
});
