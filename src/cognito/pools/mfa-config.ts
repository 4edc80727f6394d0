import type { MfaFactors, PoolRecord } from "../../store/cognito/records.js";
import { AwsJsonError, invalidParameter } from "../../wire/errors.js";

export interface MfaConfigRequest {
  MfaConfiguration?: "OFF" | "ON" | "OPTIONAL";
  SmsMfaConfiguration?: { SmsAuthenticationMessage?: string; SmsConfiguration?: Record<string, unknown> };
  SoftwareTokenMfaConfiguration?: { Enabled?: boolean };
  EmailMfaConfiguration?: { Message?: string; Subject?: string };
  WebAuthnConfiguration?: Record<string, unknown>;
}

/**
 * A pool that never had SetUserPoolMfaConfig: SMS counts as its factor when MFA is on and the pool has an
 * SMS configuration (CreateUserPool/UpdateUserPool ask for one to turn MFA on).
 */
function factorsOf(pool: PoolRecord): MfaFactors {
  return pool.mfaFactors ?? { sms: pool.MfaConfiguration !== "OFF" && pool.SmsConfiguration !== undefined };
}

/** GetUserPoolMfaConfig / SetUserPoolMfaConfig response: factor blocks only for what is configured. */
export function mfaConfigOf(pool: PoolRecord): Record<string, unknown> {
  const f = factorsOf(pool);
  const sms = {
    ...(pool.SmsAuthenticationMessage !== undefined ? { SmsAuthenticationMessage: pool.SmsAuthenticationMessage } : {}),
    ...(pool.SmsConfiguration !== undefined ? { SmsConfiguration: pool.SmsConfiguration } : {}),
  };
  return {
    ...(f.sms ? { SmsMfaConfiguration: sms } : {}),
    ...(f.softwareToken ? { SoftwareTokenMfaConfiguration: f.softwareToken } : {}),
    ...(f.email ? { EmailMfaConfiguration: f.email } : {}),
    MfaConfiguration: pool.MfaConfiguration,
    ...(f.webAuthn ? { WebAuthnConfiguration: f.webAuthn } : {}),
  };
}

/**
 * The pool after SetUserPoolMfaConfig. The request replaces the factor set: a factor block it omits is
 * off. WebAuthn is not an MFA factor ("independent of the MFA configuration options") and is kept when
 * omitted. MfaConfiguration omitted keeps the pool's (inferred).
 */
export function withMfaConfig(pool: PoolRecord, req: MfaConfigRequest): PoolRecord {
  const mode = req.MfaConfiguration ?? pool.MfaConfiguration;
  const sms = req.SmsMfaConfiguration !== undefined;
  const totp = req.SoftwareTokenMfaConfiguration?.Enabled === true;
  const email = req.EmailMfaConfiguration !== undefined;
  // Both messages as answered by AWS (measured against a real pool, go-to-k/cdkd#1920 and #1923).
  if (mode === "OFF" && (sms || totp || email)) throw invalidParameter("Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
  if (mode !== "OFF" && !(sms || totp || email))
    throw invalidParameter("Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.");
  // API reference (EmailMfaConfigType): email MFA needs the Essentials tier or higher. Message inferred.
  if (email && pool.UserPoolTier === "LITE")
    throw new AwsJsonError("FeatureUnavailableInTierException", "Email MFA is not available in the LITE feature plan.");
  const next: PoolRecord = { ...pool, MfaConfiguration: mode };
  // SmsMfaConfigType's members are the pool's SmsAuthenticationMessage and SmsConfiguration (API reference:
  // "You can set SmsConfiguration in CreateUserPool and UpdateUserPool, or in SetUserPoolMfaConfig").
  if (req.SmsMfaConfiguration?.SmsAuthenticationMessage !== undefined) next.SmsAuthenticationMessage = req.SmsMfaConfiguration.SmsAuthenticationMessage;
  if (req.SmsMfaConfiguration?.SmsConfiguration !== undefined) next.SmsConfiguration = req.SmsMfaConfiguration.SmsConfiguration;
  const webAuthn = req.WebAuthnConfiguration ?? pool.mfaFactors?.webAuthn;
  next.mfaFactors = {
    sms,
    ...(req.SoftwareTokenMfaConfiguration ? { softwareToken: { Enabled: req.SoftwareTokenMfaConfiguration.Enabled ?? false } } : {}),
    ...(req.EmailMfaConfiguration ? { email: req.EmailMfaConfiguration } : {}),
    ...(webAuthn ? { webAuthn } : {}),
  };
  return next;
}
