import type { Services } from "../../services.js";
import type { PoolRecord, SoftwareTokenRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError, invalidParameter } from "../../wire/errors.js";
import { usernameKey } from "../users/lookup.js";
import { matchTotp } from "./totp.js";

/** What the user's software token allows: the pool must offer TOTP as a factor (SetUserPoolMfaConfig). */
export const poolOffersSoftwareToken = (pool: PoolRecord): boolean => pool.MfaConfiguration !== "OFF" && pool.mfaFactors?.softwareToken?.Enabled === true;

/**
 * What a sign-in asks after a proven password, for software tokens (the only factor poolgate emulates), in the API
 * flows and the hosted UI alike: the code of a user with a verified authenticator when the pool requires MFA (ON)
 * or the user turned TOTP on; the set-up of an authenticator when the pool requires MFA of a user without one;
 * otherwise nothing.
 */
export function softwareTokenStep(pool: PoolRecord, user: UserRecord): "code" | "setup" | undefined {
  if (!poolOffersSoftwareToken(pool)) return undefined;
  const required = pool.MfaConfiguration === "ON";
  if (user.softwareToken?.secret && (required || user.softwareToken.enabled)) return "code";
  return required ? "setup" : undefined;
}

/**
 * The Developer Guide ("TOTP software token MFA"): without TOTP enabled on the pool, Cognito cannot associate
 * or verify tokens and answers SoftwareTokenMFANotFoundException. The message is inferred.
 */
export const softwareTokenNotEnabled = () => new AwsJsonError("SoftwareTokenMFANotFoundException", "Software Token MFA has not been enabled by the userPool.");

/** Answered by AWS to a SOFTWARE_TOKEN_MFA answer from a user with no authenticator (amazon-cognito-identity-js#630). */
export const noSoftwareToken = () => new AwsJsonError("SoftwareTokenMFANotFoundException", "Software Token MFA does not exist for the user.");

/** A wrong or reused code while verifying a new authenticator, as AWS words it (aws-amplify-auth-starters#15). */
export const enableCodeMismatch = () => new AwsJsonError("EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA");

/** A wrong or reused code at the SOFTWARE_TOKEN_MFA challenge, as AWS words it (aws-amplify/amplify-js#3066, #11069). */
export const signInCodeMismatch = () => new AwsJsonError("CodeMismatchException", "Invalid code or auth state for the user.");

export function saveSoftwareToken(s: Pick<Services, "cognito">, pool: PoolRecord, user: UserRecord, token: SoftwareTokenRecord): UserRecord {
  const key = usernameKey(pool, user.Username);
  const fresh = s.cognito.users.get(pool.Id, key) ?? user;
  const next = { ...fresh, softwareToken: token };
  s.cognito.users.put(pool.Id, key, next);
  return next;
}

/**
 * Checks a sign-in code against the user's verified secret and spends it: the step is remembered so the same
 * code (or an older one) is refused afterwards. Returns the stored user, or undefined for a wrong code.
 */
export function spendSignInCode(s: Pick<Services, "cognito" | "clock">, pool: PoolRecord, user: UserRecord, code: string): UserRecord | undefined {
  const token = user.softwareToken;
  if (!token?.secret) throw noSoftwareToken();
  const step = matchTotp(token.secret, code, s.clock.now(), token.lastStep ?? -1);
  if (step === undefined) return undefined;
  return saveSoftwareToken(s, pool, user, { ...token, lastStep: step });
}

/** UserMFASettingList / PreferredMfaSetting of GetUser and AdminGetUser; AWS leaves both out when the user has no MFA. */
export function mfaSettingsView(user: UserRecord): { UserMFASettingList?: string[]; PreferredMfaSetting?: string } {
  const t = user.softwareToken;
  if (!t?.enabled || !t.secret) return {};
  return { UserMFASettingList: ["SOFTWARE_TOKEN_MFA"], ...(t.preferred ? { PreferredMfaSetting: "SOFTWARE_TOKEN_MFA" } : {}) };
}

export interface MfaPreferenceRequest {
  SMSMfaSettings?: { Enabled?: boolean; PreferredMfa?: boolean };
  SoftwareTokenMfaSettings?: { Enabled?: boolean; PreferredMfa?: boolean };
  EmailMfaSettings?: { Enabled?: boolean; PreferredMfa?: boolean };
  WebAuthnMfaSettings?: { Enabled?: boolean };
}

/**
 * SetUserMFAPreference / AdminSetUserMFAPreference for the software token. Turning it on needs a verified
 * authenticator: AWS answers InvalidParameterException "User does not have delivery config set to turn on
 * SOFTWARE_TOKEN_MFA" otherwise (aws/aws-sdk-js-v3#4645). A settings block left out leaves that factor as it
 * was, as the API reference describes. SMS, email and passkey MFA are not emulated: turning one on is refused.
 */
export function setMfaPreference(s: Pick<Services, "cognito">, pool: PoolRecord, user: UserRecord, req: MfaPreferenceRequest): void {
  for (const [name, settings] of [
    ["SMS", req.SMSMfaSettings],
    ["email", req.EmailMfaSettings],
    ["passkey", req.WebAuthnMfaSettings],
  ] as const) {
    if (settings?.Enabled) throw new AwsJsonError("UnsupportedOperationException", `poolgate does not implement ${name} MFA yet`);
  }
  const wanted = req.SoftwareTokenMfaSettings;
  if (!wanted) return;
  const token = user.softwareToken ?? {};
  if (wanted.Enabled && !token.secret) throw invalidParameter("User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA");
  const enabled = wanted.Enabled ?? token.enabled ?? false;
  // A factor that is off cannot be the preferred one (inferred: AWS shows PreferredMfaSetting only for an enabled factor).
  const preferred = enabled && (wanted.PreferredMfa ?? token.preferred ?? false);
  saveSoftwareToken(s, pool, user, { ...token, enabled, preferred });
}
