import { ACCOUNT_ID } from "../../account.js";
import { epochSeconds } from "../../platform/clock.js";
import type { PoolRecord } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";
import { any, bool, list, map, str, struct } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { poolShape } from "../pools/pool-shape.js";
import { applyRequired, customSchema, passwordPolicyFrom } from "../pools/settings.js";
import { STANDARD_SCHEMA } from "../pools/standard-schema.js";
import { KeyRing } from "../tokens/keyring.js";

const PASSED_THROUGH = [
  "SmsVerificationMessage",
  "EmailVerificationMessage",
  "EmailVerificationSubject",
  "SmsAuthenticationMessage",
  "DeviceConfiguration",
  "SmsConfiguration",
  "UserPoolAddOns",
] as const;

export const CreateUserPool = defineOperation({
  name: "CreateUserPool",
  auth: "iam",
  input: {
    PoolName: str({ required: true, min: 1, max: 128, pattern: "[\\w\\s+=,.@-]+" }),
    Policies: struct(),
    UsernameAttributes: list({ member: str({ enum: ["phone_number", "email"] }) }),
    AliasAttributes: list({ member: str({ enum: ["phone_number", "email", "preferred_username"] }) }),
    AutoVerifiedAttributes: list({ member: str({ enum: ["phone_number", "email"] }) }),
    Schema: list({ min: 1, max: 50 }),
    MfaConfiguration: str({ enum: ["OFF", "ON", "OPTIONAL"] }),
    UsernameConfiguration: struct({ CaseSensitive: bool({ required: true }) }),
    AdminCreateUserConfig: struct(),
    UserPoolTags: map(),
    DeletionProtection: str({ enum: ["ACTIVE", "INACTIVE"] }),
    UserPoolTier: str({ enum: ["LITE", "ESSENTIALS", "PLUS"] }),
    LambdaConfig: any(),
    SmsVerificationMessage: str({ min: 6, max: 140 }),
    EmailVerificationMessage: str({ min: 6, max: 20000 }),
    EmailVerificationSubject: str({ min: 1, max: 140 }),
    SmsAuthenticationMessage: str({ min: 6, max: 140 }),
    DeviceConfiguration: struct(),
    SmsConfiguration: struct(),
    UserPoolAddOns: struct(),
  },
  async run(s, req: Record<string, any>) {
    if (req.UsernameAttributes && req.AliasAttributes)
      throw invalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
    const id = s.ids.userPoolId(s.config.region);
    const now = epochSeconds(s.clock);
    const pool: PoolRecord = {
      Id: id,
      Name: req.PoolName,
      Arn: `arn:aws:cognito-idp:${s.config.region}:${ACCOUNT_ID}:userpool/${id}`,
      Policies: { PasswordPolicy: passwordPolicyFrom(req.Policies?.PasswordPolicy), SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD"] } },
      DeletionProtection: req.DeletionProtection ?? "INACTIVE",
      LambdaConfig: req.LambdaConfig ?? {},
      LastModifiedDate: now,
      CreationDate: now,
      SchemaAttributes: [...STANDARD_SCHEMA.map((a) => ({ ...a })), ...customSchema(req.Schema)],
      AutoVerifiedAttributes: req.AutoVerifiedAttributes,
      AliasAttributes: req.AliasAttributes,
      UsernameAttributes: req.UsernameAttributes,
      VerificationMessageTemplate: req.VerificationMessageTemplate ?? { DefaultEmailOption: "CONFIRM_WITH_CODE" },
      UserAttributeUpdateSettings: req.UserAttributeUpdateSettings ?? { AttributesRequireVerificationBeforeUpdate: [] },
      MfaConfiguration: req.MfaConfiguration ?? "OFF",
      EstimatedNumberOfUsers: 0,
      EmailConfiguration: req.EmailConfiguration ?? { EmailSendingAccount: "COGNITO_DEFAULT" },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7, ...(req.AdminCreateUserConfig ?? {}) },
      UsernameConfiguration: req.UsernameConfiguration ?? { CaseSensitive: false },
      AccountRecoverySetting: req.AccountRecoverySetting,
      UserPoolTags: req.UserPoolTags ?? {},
      UserPoolTier: req.UserPoolTier ?? "ESSENTIALS",
    };
    // Settings without a default value: present only when given (as UpdateUserPool sets them).
    for (const k of PASSED_THROUGH) if (req[k] !== undefined) pool[k] = req[k];
    applyRequired(pool.SchemaAttributes, req.Schema);
    for (const k of Object.keys(pool)) if ((pool as Record<string, unknown>)[k] === undefined) delete (pool as Record<string, unknown>)[k];
    const keys = await KeyRing.generate(id);
    s.cognito.tx(() => {
      s.cognito.pools.put(pool);
      for (const k of keys) s.cognito.keys.insert(k);
    });
    s.log.info("user pool created", { userPoolId: id, name: pool.Name });
    return { UserPool: poolShape(pool) };
  },
});
