import type { ClientRecord, TimeUnit } from "../../store/cognito/records.js";

/**
 * What CreateUserPoolClient (and UpdateUserPoolClient, which resets omitted settings) gives a setting the
 * request leaves out. Sources: the CreateUserPoolClient API reference member docs and the Cognito
 * developer guide page "Application-specific settings with app clients".
 */

/** ExplicitAuthFlows omitted: refresh, SRP and custom auth. USER_PASSWORD_AUTH is off unless asked for. */
export const DEFAULT_EXPLICIT_AUTH_FLOWS: readonly string[] = ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"];

/** Default units through the API: hours for ID/access tokens, days for refresh tokens. */
export const DEFAULT_TOKEN_VALIDITY_UNITS: Readonly<ClientRecord["TokenValidityUnits"]> = { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" };

/** RefreshTokenValidity omitted or 0 means 30 days. */
export const DEFAULT_REFRESH_TOKEN_VALIDITY_DAYS = 30;

/** Minutes an authentication session (the `Session` of a challenge) lives: 3 by default, 3–15 allowed. */
export const DEFAULT_AUTH_SESSION_VALIDITY = 3;

/**
 * The rest: no OAuth through the API unless asked for (the console sets it, the API does not),
 * LEGACY user-existence errors, token revocation on for new clients.
 */
export const DEFAULT_FLAGS = {
  AllowedOAuthFlowsUserPoolClient: false,
  PreventUserExistenceErrors: "LEGACY",
  EnableTokenRevocation: true,
  EnablePropagateAdditionalUserContextData: false,
} as const;

export const TIME_UNITS: readonly TimeUnit[] = ["seconds", "minutes", "hours", "days"];
