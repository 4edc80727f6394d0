import type { ClientRecord } from "../../store/cognito/records.js";
import { AwsJsonError, invalidParameter } from "../../wire/errors.js";
import { validityInRange } from "../tokens/validity.js";

/**
 * The cross-field rules Cognito applies to an app client's settings, after defaults are filled in.
 * Each rule cites where the behaviour is documented; messages marked "inferred" are our best AWS-style
 * wording where no real response is on public record.
 */

/** Scopes every pool has (Cognito developer guide, "Scopes, M2M, and APIs with resource servers"). */
export const SYSTEM_SCOPES: readonly string[] = ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"];

/** Values from before the ALLOW_ prefix; the API reference says they cannot be combined with ALLOW_ values. */
const LEGACY_AUTH_FLOWS = new Set(["ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH"]);

export interface SettingsContext {
  /** Whether the client has (or is getting) a client secret. */
  hasSecret: boolean;
  /** Attribute names of the pool's schema (standard and custom:), for Read/WriteAttributes. */
  attributeNames: ReadonlySet<string>;
  /** Whether `{identifier}/{scope}` names a scope of one of the pool's resource servers. */
  customScopeExists(scope: string): boolean;
}

export type ClientSettings = Pick<
  ClientRecord,
  | "ExplicitAuthFlows"
  | "RefreshTokenValidity"
  | "AccessTokenValidity"
  | "IdTokenValidity"
  | "TokenValidityUnits"
  | "ReadAttributes"
  | "WriteAttributes"
  | "CallbackURLs"
  | "LogoutURLs"
  | "DefaultRedirectURI"
  | "AllowedOAuthFlows"
  | "AllowedOAuthScopes"
  | "AllowedOAuthFlowsUserPoolClient"
>;

const invalidOAuthFlow = (message: string) => new AwsJsonError("InvalidOAuthFlowException", message);

/** Throws the error Cognito answers for the first rule the settings break. */
export function checkClientSettings(c: ClientSettings, ctx: SettingsContext): void {
  checkAuthFlows(c.ExplicitAuthFlows);
  // "Invalid range for token validity.": ID/access 5 minutes–1 day, refresh 60 minutes–10 years, in the units given.
  if (!validityInRange(c as ClientRecord)) throw invalidParameter("Invalid range for token validity.");
  checkAttributes("read", c.ReadAttributes, ctx);
  checkAttributes("write", c.WriteAttributes, ctx);
  checkOAuth(c, ctx);
  for (const url of c.CallbackURLs ?? []) checkRedirectUrl(url, "CallbackURLs");
  for (const url of c.LogoutURLs ?? []) checkRedirectUrl(url, "LogoutURLs");
  if (c.DefaultRedirectURI !== undefined) {
    checkRedirectUrl(c.DefaultRedirectURI, "DefaultRedirectURI");
    // API reference: "DefaultRedirectURI ... must be in the CallbackURLs list." Message inferred.
    if (!(c.CallbackURLs ?? []).includes(c.DefaultRedirectURI)) throw invalidParameter("DefaultRedirectURI must be one of the CallbackURLs.");
  }
  for (const scope of c.AllowedOAuthScopes ?? []) {
    // API reference: ScopeDoesNotExistException "the specified scope doesn't exist". Message inferred.
    if (!SYSTEM_SCOPES.includes(scope) && !ctx.customScopeExists(scope))
      throw new AwsJsonError("ScopeDoesNotExistException", `Invalid scope requested: ${scope}`);
  }
}

function checkAuthFlows(flows: string[]): void {
  const legacy = flows.some((f) => LEGACY_AUTH_FLOWS.has(f));
  const current = flows.some((f) => f.startsWith("ALLOW_"));
  // Message inferred.
  if (legacy && current)
    throw invalidParameter("ExplicitAuthFlows cannot mix legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with ALLOW_ values.");
}

function checkAttributes(kind: "read" | "write", names: string[] | undefined, ctx: SettingsContext): void {
  for (const name of names ?? []) {
    // Wording as reported by users of CreateUserPoolClient for attributes the pool does not have.
    if (!ctx.attributeNames.has(name)) throw invalidParameter(`Invalid ${kind} attributes specified while creating a client`);
  }
}

function checkOAuth(c: ClientSettings, ctx: SettingsContext): void {
  const flows = c.AllowedOAuthFlows ?? [];
  const scopes = c.AllowedOAuthScopes ?? [];
  // Observed (terraform-provider-aws acceptance test notes): both lists are required once OAuth is on.
  if (c.AllowedOAuthFlowsUserPoolClient && (flows.length === 0 || scopes.length === 0))
    throw invalidParameter("AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
  if (flows.includes("client_credentials")) {
    // Machine-to-machine: the only flow, confidential clients only, custom scopes only.
    if (flows.some((f) => f !== "client_credentials"))
      throw invalidOAuthFlow("client_credentials flow can not be selected along with code flow or implicit flow");
    if (!ctx.hasSecret) throw invalidOAuthFlow("client_credentials flow can not be selected if client does not have a client secret.");
    const system = scopes.find((s) => SYSTEM_SCOPES.includes(s));
    // Token endpoint docs: openid (and the other user scopes) cannot be used with client_credentials. Message inferred.
    if (system !== undefined) throw invalidOAuthFlow(`${system} scope can not be selected with client_credentials flow.`);
  }
  if ((flows.includes("code") || flows.includes("implicit")) && (c.CallbackURLs ?? []).length === 0)
    throw invalidOAuthFlow("CallbackUrls can not be empty when code flow or implicit flow is selected");
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * API reference for CallbackURLs: absolute, no fragment, HTTPS; plain HTTP only for loopback
 * (http://localhost, and since August 2025 http://127.0.0.1 and http://[::1], any port).
 * App schemes such as myapp://callback are allowed. Messages inferred.
 */
export function checkRedirectUrl(url: string, member: "CallbackURLs" | "LogoutURLs" | "DefaultRedirectURI"): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw invalidParameter(`${member} must be absolute URLs: ${url}`);
  }
  if (url.includes("#")) throw invalidParameter(`${member} must not include a fragment: ${url}`);
  if (u.protocol === "http:" && !LOOPBACK_HOSTS.has(u.hostname))
    throw invalidParameter(`${member} must use HTTPS, except http://localhost for testing: ${url}`);
}
