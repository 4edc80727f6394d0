import { epochSeconds } from "../../platform/clock.js";
import { bool, Model, str, struct } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { ArnField } from "../pools/arn.js";
import { requirePool } from "../pools/lookup.js";
import { type MfaConfigRequest, mfaConfigOf, withMfaConfig } from "../pools/mfa-config.js";

const MESSAGE_CHARS = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*";

/**
 * Stores the pool's MFA mode and factors; DescribeUserPool shows the same MfaConfiguration and SMS settings.
 * Sign-in asks for the software-token factor (SOFTWARE_TOKEN_MFA, MFA_SETUP) when it is enabled here; SMS and
 * email factors are stored only (no SMS_MFA or EMAIL_OTP challenge), so a pool whose only factor is one of
 * them signs users in with the password alone.
 */
export const SetUserPoolMfaConfig = defineOperation({
  name: "SetUserPoolMfaConfig",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    SmsMfaConfiguration: struct({
      SmsAuthenticationMessage: str({ min: 6, max: 140, pattern: ".*\\{####\\}.*" }),
      SmsConfiguration: struct({ SnsCallerArn: ArnField({ required: true }), ExternalId: str({ max: 131072 }), SnsRegion: str({ min: 5, max: 32 }) }),
    }),
    SoftwareTokenMfaConfiguration: struct({ Enabled: bool() }),
    EmailMfaConfiguration: struct({
      Message: str({ min: 6, max: 20000, pattern: `${MESSAGE_CHARS}\\{####\\}${MESSAGE_CHARS}` }),
      Subject: str({ pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+" }),
    }),
    MfaConfiguration: str({ enum: ["OFF", "ON", "OPTIONAL"] }),
    WebAuthnConfiguration: struct({
      RelyingPartyId: str({ min: 1, max: 127 }),
      UserVerification: str({ enum: ["required", "preferred"] }),
      FactorConfiguration: str({ enum: ["SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"] }),
    }),
  },
  run(s, req: MfaConfigRequest & { UserPoolId: string }) {
    const pool = withMfaConfig(requirePool(s.cognito, req.UserPoolId), req);
    pool.LastModifiedDate = epochSeconds(s.clock);
    s.cognito.pools.put(pool);
    s.log.info("user pool MFA configuration set", { userPoolId: pool.Id, mfa: pool.MfaConfiguration });
    return mfaConfigOf(pool);
  },
});
