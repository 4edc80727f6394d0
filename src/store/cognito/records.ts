/** Stored records, in AWS wire shape where AWS has one (dates as epoch seconds). */

export interface AttributeType {
  Name: string;
  Value?: string;
}

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  PasswordHistorySize?: number;
  TemporaryPasswordValidityDays: number;
}

export interface SchemaAttribute {
  Name: string;
  AttributeDataType: "String" | "Number" | "DateTime" | "Boolean";
  DeveloperOnlyAttribute?: boolean;
  Mutable?: boolean;
  Required?: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

/** UserPoolType as DescribeUserPool returns it. */
export interface PoolRecord {
  Id: string;
  Name: string;
  Arn: string;
  Policies: { PasswordPolicy: PasswordPolicy; SignInPolicy?: unknown };
  DeletionProtection?: string;
  LambdaConfig: Record<string, unknown>;
  LastModifiedDate: number;
  CreationDate: number;
  SchemaAttributes: SchemaAttribute[];
  AutoVerifiedAttributes?: string[];
  AliasAttributes?: string[];
  UsernameAttributes?: string[];
  VerificationMessageTemplate?: Record<string, unknown>;
  UserAttributeUpdateSettings?: Record<string, unknown>;
  MfaConfiguration: string;
  EstimatedNumberOfUsers: number;
  EmailConfiguration?: Record<string, unknown>;
  AdminCreateUserConfig: { AllowAdminCreateUserOnly: boolean; UnusedAccountValidityDays?: number; InviteMessageTemplate?: unknown };
  UsernameConfiguration?: { CaseSensitive: boolean };
  AccountRecoverySetting?: Record<string, unknown>;
  UserPoolTags?: Record<string, string>;
  UserPoolTier?: string;
  Domain?: string;
  CustomDomain?: string;
  /** SetUserPoolMfaConfig's factor settings, which UserPoolType does not show (lower-case: never on the wire). */
  mfaFactors?: MfaFactors;
  /** The pool's SAML signing certificate (base64 DER), made on first GetSigningCertificate. */
  signingCertificate?: string;
  [extra: string]: unknown;
}

/**
 * The MFA factors of the last SetUserPoolMfaConfig. SMS settings themselves live on the pool as
 * SmsAuthenticationMessage / SmsConfiguration, which UserPoolType shows and UpdateUserPool also sets.
 */
export interface MfaFactors {
  sms: boolean;
  softwareToken?: { Enabled?: boolean };
  email?: { Message?: string; Subject?: string };
  webAuthn?: Record<string, unknown>;
}

/** UserPoolClientType as DescribeUserPoolClient returns it. */
export interface ClientRecord {
  UserPoolId: string;
  ClientName: string;
  ClientId: string;
  ClientSecret?: string;
  LastModifiedDate: number;
  CreationDate: number;
  RefreshTokenValidity: number;
  AccessTokenValidity?: number;
  IdTokenValidity?: number;
  TokenValidityUnits: { AccessToken: TimeUnit; IdToken: TimeUnit; RefreshToken: TimeUnit };
  ReadAttributes?: string[];
  WriteAttributes?: string[];
  ExplicitAuthFlows: string[];
  SupportedIdentityProviders?: string[];
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  DefaultRedirectURI?: string;
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient: boolean;
  PreventUserExistenceErrors: "LEGACY" | "ENABLED";
  EnableTokenRevocation: boolean;
  EnablePropagateAdditionalUserContextData: boolean;
  AuthSessionValidity: number;
  RefreshTokenRotation?: { Feature: "ENABLED" | "DISABLED"; RetryGracePeriodSeconds?: number };
  [extra: string]: unknown;
}

export type TimeUnit = "seconds" | "minutes" | "hours" | "days";

export type UserStatus =
  | "UNCONFIRMED"
  | "CONFIRMED"
  | "ARCHIVED"
  | "COMPROMISED"
  | "UNKNOWN"
  | "RESET_REQUIRED"
  | "FORCE_CHANGE_PASSWORD"
  | "EXTERNAL_PROVIDER";

/** A user. Only salted slow hashes and SRP verifiers are kept, never a password. */
export interface UserRecord {
  Username: string;
  /** Attributes including `sub`; values are strings as on the wire. */
  Attributes: AttributeType[];
  Enabled: boolean;
  UserStatus: UserStatus;
  UserCreateDate: number;
  UserLastModifiedDate: number;
  passwordHash?: string;
  /** SRP salt (hex) and verifier (hex), recomputed on every password change. */
  srp?: { salt: string; verifier: string };
  /** When the current password was set (epoch seconds); temporary passwords expire. */
  passwordSetAt?: number;
  failedSignIns?: number;
  /** Epoch milliseconds of the last failed sign-in (the lockout lasts whole seconds from it). */
  lastFailedSignInMs?: number;
  /** Software-token (TOTP) MFA: the shared secret and the user's preference. */
  softwareToken?: SoftwareTokenRecord;
}

/**
 * A user's TOTP authenticator. The secrets are base32 and are never logged nor returned after
 * AssociateSoftwareToken.
 */
export interface SoftwareTokenRecord {
  /** The verified secret that sign-in checks codes against. */
  secret?: string;
  /** A secret from AssociateSoftwareToken not verified yet; a verified one keeps working until this one is. */
  pendingSecret?: string;
  friendlyDeviceName?: string;
  /** The TOTP step of the last accepted code: each code is usable once. */
  lastStep?: number;
  /** SoftwareTokenMfaSettings as last set (SetUserMFAPreference / AdminSetUserMFAPreference, MFA_SETUP). */
  enabled?: boolean;
  preferred?: boolean;
}

export interface GroupRecord {
  GroupName: string;
  UserPoolId: string;
  Description?: string;
  RoleArn?: string;
  Precedence?: number;
  LastModifiedDate: number;
  CreationDate: number;
}

export interface DomainRecord {
  UserPoolId: string;
  AWSAccountId: string;
  Domain: string;
  S3Bucket?: string;
  CloudFrontDistribution: string;
  Version: string;
  Status: "ACTIVE" | "CREATING" | "DELETING" | "UPDATING" | "FAILED";
  CustomDomainConfig?: { CertificateArn?: string };
  ManagedLoginVersion?: number;
}

export interface ResourceServerRecord {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes: { ScopeName: string; ScopeDescription: string }[];
}

export const attr = (u: { Attributes: AttributeType[] }, name: string): string | undefined => u.Attributes.find((a) => a.Name === name)?.Value;
