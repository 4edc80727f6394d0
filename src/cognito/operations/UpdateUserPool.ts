import { epochSeconds } from "../../platform/clock.js";
import type { PoolRecord } from "../../store/cognito/records.js";
import { any, list, Model, map, str, struct } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { passwordPolicyFrom } from "../pools/settings.js";

/** The members UpdateUserPool sets; each one it omits goes back to its default (API reference warning). */
const RESETTABLE = [
  "Policies",
  "DeletionProtection",
  "LambdaConfig",
  "AutoVerifiedAttributes",
  "SmsVerificationMessage",
  "EmailVerificationMessage",
  "EmailVerificationSubject",
  "VerificationMessageTemplate",
  "SmsAuthenticationMessage",
  "UserAttributeUpdateSettings",
  "MfaConfiguration",
  "DeviceConfiguration",
  "EmailConfiguration",
  "SmsConfiguration",
  "AdminCreateUserConfig",
  "UserPoolAddOns",
  "AccountRecoverySetting",
] as const;

const PASSED_THROUGH = [
  "AutoVerifiedAttributes",
  "SmsVerificationMessage",
  "EmailVerificationMessage",
  "EmailVerificationSubject",
  "SmsAuthenticationMessage",
  "DeviceConfiguration",
  "SmsConfiguration",
  "UserPoolAddOns",
  "AccountRecoverySetting",
] as const;

/**
 * Changes a pool's mutable settings. What cannot change after creation (sign-in attributes, schema,
 * case sensitivity) is kept; so are the name, tags and tier when omitted (inferred: they are not
 * settings with a default).
 */
export const UpdateUserPool = defineOperation({
  name: "UpdateUserPool",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    PoolName: str({ min: 1, max: 128, pattern: "[\\w\\s+=,.@-]+" }),
    Policies: struct(),
    DeletionProtection: str({ enum: ["ACTIVE", "INACTIVE"] }),
    LambdaConfig: any(),
    AutoVerifiedAttributes: list({ member: str({ enum: ["phone_number", "email"] }) }),
    SmsVerificationMessage: str({ min: 6, max: 140 }),
    EmailVerificationMessage: str({ min: 6, max: 20000 }),
    EmailVerificationSubject: str({ min: 1, max: 140 }),
    VerificationMessageTemplate: struct(),
    SmsAuthenticationMessage: str({ min: 6, max: 140 }),
    UserAttributeUpdateSettings: struct(),
    MfaConfiguration: str({ enum: ["OFF", "ON", "OPTIONAL"] }),
    DeviceConfiguration: struct(),
    EmailConfiguration: struct(),
    SmsConfiguration: struct(),
    UserPoolTags: map(),
    AdminCreateUserConfig: struct(),
    UserPoolAddOns: struct(),
    AccountRecoverySetting: struct(),
    UserPoolTier: str({ enum: ["LITE", "ESSENTIALS", "PLUS"] }),
  },
  run(s, req: Record<string, any>) {
    const current = requirePool(s.cognito, req.UserPoolId);
    const pool: PoolRecord = { ...current };
    for (const k of RESETTABLE) delete pool[k];
    Object.assign(pool, {
      Name: req.PoolName ?? current.Name,
      Policies: {
        PasswordPolicy: passwordPolicyFrom(req.Policies?.PasswordPolicy),
        SignInPolicy: req.Policies?.SignInPolicy ?? { AllowedFirstAuthFactors: ["PASSWORD"] },
      },
      DeletionProtection: req.DeletionProtection ?? "INACTIVE",
      LambdaConfig: req.LambdaConfig ?? {},
      VerificationMessageTemplate: req.VerificationMessageTemplate ?? { DefaultEmailOption: "CONFIRM_WITH_CODE" },
      UserAttributeUpdateSettings: req.UserAttributeUpdateSettings ?? { AttributesRequireVerificationBeforeUpdate: [] },
      MfaConfiguration: req.MfaConfiguration ?? "OFF",
      EmailConfiguration: req.EmailConfiguration ?? { EmailSendingAccount: "COGNITO_DEFAULT" },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7, ...(req.AdminCreateUserConfig ?? {}) },
      UserPoolTags: req.UserPoolTags ?? current.UserPoolTags,
      UserPoolTier: req.UserPoolTier ?? current.UserPoolTier,
      LastModifiedDate: epochSeconds(s.clock),
    });
    // Settings without a default value: present only when given.
    for (const k of PASSED_THROUGH) if (req[k] !== undefined) pool[k] = req[k];
    for (const k of Object.keys(pool)) if (pool[k] === undefined) delete pool[k];
    s.cognito.pools.put(pool);
    s.log.info("user pool updated", { userPoolId: pool.Id });
    return {};
  },
});
