import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

const strip = <T extends { $metadata?: unknown }>(o: T) => {
  const { $metadata: _m, ...rest } = o;
  return rest;
};

const SMS = { SnsCallerArn: "arn:aws:iam::000000000000:role/cognito-sms", ExternalId: "ext-1", SnsRegion: "us-east-1" };

describe("user pool MFA configuration through the AWS SDK v3", () => {
  let t: TestServer;
  const newPool = async (extra: Record<string, unknown> = {}) =>
    (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "mfa", ...extra }))).UserPool?.Id ?? "";
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("answers a new pool with MFA OFF and no factors", async () => {
    const id = await newPool();
    assert.deepEqual(strip(await t.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }))), { MfaConfiguration: "OFF" });
  });

  it("sets TOTP MFA, returns it, and DescribeUserPool shows the same mode", async () => {
    const id = await newPool();
    const set = await t.cognito.send(
      new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
    );
    assert.deepEqual(strip(set), { SoftwareTokenMfaConfiguration: { Enabled: true }, MfaConfiguration: "OPTIONAL" });
    const got = await t.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
    assert.deepEqual(strip(got), strip(set));
    const pool = (await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(pool?.MfaConfiguration, "OPTIONAL");
    // The factor settings are not UserPoolType members.
    assert.equal((pool as Record<string, unknown>).mfaFactors, undefined);
    assert.equal((pool as Record<string, unknown>).SoftwareTokenMfaConfiguration, undefined);
  });

  it("keeps SMS settings on the pool, where DescribeUserPool shows them", async () => {
    const id = await newPool();
    const set = await t.cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: id,
        MfaConfiguration: "ON",
        SmsMfaConfiguration: { SmsAuthenticationMessage: "Your code is {####}", SmsConfiguration: SMS },
        SoftwareTokenMfaConfiguration: { Enabled: false },
      }),
    );
    assert.deepEqual(strip(set), {
      SmsMfaConfiguration: { SmsAuthenticationMessage: "Your code is {####}", SmsConfiguration: SMS },
      SoftwareTokenMfaConfiguration: { Enabled: false },
      MfaConfiguration: "ON",
    });
    const pool = (await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(pool?.MfaConfiguration, "ON");
    assert.equal(pool?.SmsAuthenticationMessage, "Your code is {####}");
    assert.deepEqual(pool?.SmsConfiguration, SMS);
  });

  it("turns MFA off again and stores email MFA on an Essentials pool", async () => {
    const id = await newPool();
    await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const off = await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "OFF" }));
    assert.deepEqual(strip(off), { MfaConfiguration: "OFF" });
    assert.equal((await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.MfaConfiguration, "OFF");
    const email = await t.cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: id,
        MfaConfiguration: "OPTIONAL",
        EmailMfaConfiguration: { Message: "Sign-in code: {####}", Subject: "Your code" },
        WebAuthnConfiguration: { RelyingPartyId: "auth.example.com", UserVerification: "preferred" },
      }),
    );
    assert.deepEqual(strip(email), {
      EmailMfaConfiguration: { Message: "Sign-in code: {####}", Subject: "Your code" },
      MfaConfiguration: "OPTIONAL",
      WebAuthnConfiguration: { RelyingPartyId: "auth.example.com", UserVerification: "preferred" },
    });
  });

  it("refuses OFF with a factor, ON/OPTIONAL without one, and email MFA on a Lite pool", async () => {
    const id = await newPool();
    await rejectsWith(
      t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "OFF", SoftwareTokenMfaConfiguration: { Enabled: true } })),
      "InvalidParameterException",
      "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
    );
    await rejectsWith(
      t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "OFF", SmsMfaConfiguration: { SmsConfiguration: SMS } })),
      "InvalidParameterException",
      "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
    );
    for (const mode of ["ON", "OPTIONAL"] as const)
      await rejectsWith(
        t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: mode, SoftwareTokenMfaConfiguration: { Enabled: false } })),
        "InvalidParameterException",
        "Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.",
      );
    const lite = await newPool({ UserPoolTier: "LITE" });
    await rejectsWith(
      t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: lite, MfaConfiguration: "ON", EmailMfaConfiguration: { Subject: "Code" } })),
      "FeatureUnavailableInTierException",
    );
    // Nothing was stored by the refused calls.
    assert.deepEqual(strip(await t.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }))), { MfaConfiguration: "OFF" });
  });

  it("validates members against the model and names unknown pools", async () => {
    const id = await newPool();
    await rejectsWith(
      t.cognito.send(
        new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "ON", SmsMfaConfiguration: { SmsAuthenticationMessage: "no placeholder" } }),
      ),
      "InvalidParameterException",
      "1 validation error detected: Value 'no placeholder' at 'smsMfaConfiguration.smsAuthenticationMessage' failed to satisfy constraint: Member must satisfy regular expression pattern: .*\\{####\\}.*",
    );
    await rejectsWith(
      t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "MAYBE" as never })),
      "InvalidParameterException",
      "1 validation error detected: Value 'MAYBE' at 'mfaConfiguration' failed to satisfy constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]",
    );
    await rejectsWith(
      t.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: "us-east-1_Missing1" })),
      "ResourceNotFoundException",
      "User pool us-east-1_Missing1 does not exist.",
    );
  });

  it("reads a mode set by CreateUserPool or UpdateUserPool, with the SMS factor it implies", async () => {
    const id = await newPool({ MfaConfiguration: "ON", SmsConfiguration: SMS, SmsAuthenticationMessage: "Code {####}" });
    assert.deepEqual(strip(await t.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }))), {
      SmsMfaConfiguration: { SmsAuthenticationMessage: "Code {####}", SmsConfiguration: SMS },
      MfaConfiguration: "ON",
    });
    await t.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await t.cognito.send(new UpdateUserPoolCommand({ UserPoolId: id, MfaConfiguration: "OPTIONAL" }));
    const updated = await t.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
    assert.equal(updated.MfaConfiguration, "OPTIONAL");
    assert.deepEqual(updated.SoftwareTokenMfaConfiguration, { Enabled: true });
  });
});
