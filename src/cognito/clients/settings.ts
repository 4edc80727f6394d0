import type { CognitoStore } from "../../store/cognito/index.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import {
  DEFAULT_AUTH_SESSION_VALIDITY,
  DEFAULT_EXPLICIT_AUTH_FLOWS,
  DEFAULT_FLAGS,
  DEFAULT_REFRESH_TOKEN_VALIDITY_DAYS,
  DEFAULT_TOKEN_VALIDITY_UNITS,
} from "./defaults.js";
import { type ClientSettings, checkClientSettings } from "./validate-settings.js";

type SettingKey =
  | "RefreshTokenValidity"
  | "AccessTokenValidity"
  | "IdTokenValidity"
  | "TokenValidityUnits"
  | "ReadAttributes"
  | "WriteAttributes"
  | "ExplicitAuthFlows"
  | "SupportedIdentityProviders"
  | "CallbackURLs"
  | "LogoutURLs"
  | "DefaultRedirectURI"
  | "AllowedOAuthFlows"
  | "AllowedOAuthScopes"
  | "AllowedOAuthFlowsUserPoolClient"
  | "AnalyticsConfiguration"
  | "PreventUserExistenceErrors"
  | "EnableTokenRevocation"
  | "EnablePropagateAdditionalUserContextData"
  | "AuthSessionValidity"
  | "RefreshTokenRotation";

/** The settable part of CreateUserPoolClient / UpdateUserPoolClient requests. */
export type ClientSettingsRequest = Partial<Pick<ClientRecord, SettingKey>>;

type Settings = Pick<ClientRecord, SettingKey>;

/**
 * The client settings a request gives, every omitted one at its default. UpdateUserPoolClient uses it too:
 * the API reference warns that an update resets any setting it leaves out.
 */
export function settingsFrom(req: ClientSettingsRequest): Settings {
  const units = { ...DEFAULT_TOKEN_VALIDITY_UNITS, ...(req.TokenValidityUnits ?? {}) };
  let refresh = req.RefreshTokenValidity;
  if (!refresh) {
    // 0 or omitted: 30 days, whatever unit was asked for.
    refresh = DEFAULT_REFRESH_TOKEN_VALIDITY_DAYS;
    units.RefreshToken = "days";
  }
  const out: Settings = {
    RefreshTokenValidity: refresh,
    AccessTokenValidity: req.AccessTokenValidity,
    IdTokenValidity: req.IdTokenValidity,
    TokenValidityUnits: units,
    ReadAttributes: req.ReadAttributes,
    WriteAttributes: req.WriteAttributes,
    ExplicitAuthFlows: req.ExplicitAuthFlows ?? [...DEFAULT_EXPLICIT_AUTH_FLOWS],
    SupportedIdentityProviders: req.SupportedIdentityProviders,
    CallbackURLs: req.CallbackURLs,
    LogoutURLs: req.LogoutURLs,
    DefaultRedirectURI: req.DefaultRedirectURI,
    AllowedOAuthFlows: req.AllowedOAuthFlows,
    AllowedOAuthScopes: req.AllowedOAuthScopes,
    AllowedOAuthFlowsUserPoolClient: req.AllowedOAuthFlowsUserPoolClient ?? DEFAULT_FLAGS.AllowedOAuthFlowsUserPoolClient,
    AnalyticsConfiguration: req.AnalyticsConfiguration,
    PreventUserExistenceErrors: req.PreventUserExistenceErrors ?? DEFAULT_FLAGS.PreventUserExistenceErrors,
    EnableTokenRevocation: req.EnableTokenRevocation ?? DEFAULT_FLAGS.EnableTokenRevocation,
    EnablePropagateAdditionalUserContextData: req.EnablePropagateAdditionalUserContextData ?? DEFAULT_FLAGS.EnablePropagateAdditionalUserContextData,
    AuthSessionValidity: req.AuthSessionValidity ?? DEFAULT_AUTH_SESSION_VALIDITY,
    RefreshTokenRotation: req.RefreshTokenRotation,
  };
  for (const k of Object.keys(out) as (keyof Settings)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** Checks settings against the pool they belong to: its attributes and its resource servers' scopes. */
export function checkSettingsForPool(store: CognitoStore, pool: PoolRecord, settings: ClientSettings, hasSecret: boolean): void {
  const servers = store.resourceServers.list(pool.Id);
  const customScopes = new Set(servers.flatMap((r) => r.Scopes.map((s) => `${r.Identifier}/${s.ScopeName}`)));
  checkClientSettings(settings, {
    hasSecret,
    attributeNames: new Set(pool.SchemaAttributes.map((a) => a.Name)),
    customScopeExists: (scope) => customScopes.has(scope),
  });
}

/** The record in the member order of AWS's UserPoolClientType, so responses read like the CLI's. */
export function orderedClient(c: ClientRecord): ClientRecord {
  const head = {
    UserPoolId: c.UserPoolId,
    ClientName: c.ClientName,
    ClientId: c.ClientId,
    ClientSecret: c.ClientSecret,
    LastModifiedDate: c.LastModifiedDate,
    CreationDate: c.CreationDate,
  };
  const out = { ...head, ...c };
  if (out.ClientSecret === undefined) delete out.ClientSecret;
  return out;
}
