import { any, bool, int, list, Model, type Shape, str, struct } from "../../wire/validation.js";
import { TIME_UNITS } from "./defaults.js";

/**
 * App client settings as the AWS model constrains them (CreateUserPoolClient / UpdateUserPoolClient
 * request members, cognito-idp 2016-04-18 service model).
 */
const RedirectUrl = str({ min: 1, max: 1024, pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" });
export const ScopeField = str({ min: 1, max: 256, pattern: "[\\x21\\x23-\\x5B\\x5D-\\x7E]+" });

export const EXPLICIT_AUTH_FLOWS = [
  "ADMIN_NO_SRP_AUTH",
  "CUSTOM_AUTH_FLOW_ONLY",
  "USER_PASSWORD_AUTH",
  "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  "ALLOW_CUSTOM_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
  "ALLOW_USER_AUTH",
] as const;

export const CLIENT_SETTINGS_SHAPE: Shape = {
  RefreshTokenValidity: int({ min: 0, max: 315360000 }),
  AccessTokenValidity: int({ min: 1, max: 86400 }),
  IdTokenValidity: int({ min: 1, max: 86400 }),
  TokenValidityUnits: struct({
    AccessToken: str({ enum: TIME_UNITS }),
    IdToken: str({ enum: TIME_UNITS }),
    RefreshToken: str({ enum: TIME_UNITS }),
  }),
  ReadAttributes: list({ member: str({ min: 1, max: 2048 }) }),
  WriteAttributes: list({ member: str({ min: 1, max: 2048 }) }),
  ExplicitAuthFlows: list({ member: str({ enum: EXPLICIT_AUTH_FLOWS }) }),
  SupportedIdentityProviders: list({ member: str({ min: 1, max: 32, pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" }) }),
  CallbackURLs: list({ min: 0, max: 100, member: RedirectUrl }),
  LogoutURLs: list({ min: 0, max: 100, member: RedirectUrl }),
  DefaultRedirectURI: RedirectUrl,
  AllowedOAuthFlows: list({ min: 0, max: 3, member: str({ enum: ["code", "implicit", "client_credentials"] }) }),
  AllowedOAuthScopes: list({ max: 50, member: ScopeField }),
  AllowedOAuthFlowsUserPoolClient: bool(),
  AnalyticsConfiguration: any(),
  PreventUserExistenceErrors: str({ enum: ["LEGACY", "ENABLED"] }),
  EnableTokenRevocation: bool(),
  EnablePropagateAdditionalUserContextData: bool(),
  AuthSessionValidity: int({ min: 3, max: 15 }),
  RefreshTokenRotation: struct({ Feature: str({ required: true, enum: ["ENABLED", "DISABLED"] }), RetryGracePeriodSeconds: int({ min: 0, max: 60 }) }),
};

const ClientName = { min: 1, max: 128, pattern: "[\\w\\s+=,.@-]+" };

export const CREATE_CLIENT_SHAPE: Shape = {
  UserPoolId: Model.UserPoolId,
  ClientName: str({ required: true, ...ClientName }),
  GenerateSecret: bool(),
  ClientSecret: str({ min: 24, max: 64, pattern: "[\\w+]+" }),
  ...CLIENT_SETTINGS_SHAPE,
};

export const UPDATE_CLIENT_SHAPE: Shape = {
  UserPoolId: Model.UserPoolId,
  ClientId: Model.ClientId,
  ClientName: str(ClientName),
  ...CLIENT_SETTINGS_SHAPE,
};
