import { CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { usernameKey } from "../../src/cognito/users/lookup.js";
import { withPassword } from "../../src/cognito/users/password.js";
import { epochSeconds } from "../../src/platform/clock.js";
import type { ClientRecord, PoolRecord, UserRecord, UserStatus } from "../../src/store/cognito/records.js";
import type { TestServer } from "./server.js";

/**
 * OAuth fixtures seeded through the store: a pool (created through the SDK), a resource server, app clients
 * with OAuth settings, a domain and users. App clients, domains and users are created through the store until
 * their operations (CreateUserPoolClient, CreateUserPoolDomain, AdminCreateUser) are on this branch.
 */
export const PASSWORD = "Passw0rd!local";
export const RESOURCE_SERVER = "https://api.example.com";

export interface OAuthWorld {
  /** Registered redirect URI of the user-flow clients, and their logout URI. */
  callback: string;
  logout: string;
  pool: PoolRecord;
  domainPrefix: string;
  publicClient: ClientRecord;
  confidentialClient: ClientRecord;
  m2mClient: ClientRecord;
  apiOnlyClient: ClientRecord;
}

/** `appOrigin` is where the client application listens (a loopback server in browser tests). */
export async function seedOAuthWorld(t: TestServer, appOrigin = "http://localhost:3000", domainPrefix = "poolgate-test"): Promise<OAuthWorld> {
  const s = t.app.services;
  const CALLBACK = `${appOrigin}/callback`;
  const LOGOUT = `${appOrigin}/signed-out`;
  const created = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "oauth" }));
  const pool = s.cognito.pools.get(created.UserPool?.Id as string) as PoolRecord;
  s.cognito.resourceServers.put({
    UserPoolId: pool.Id,
    Identifier: RESOURCE_SERVER,
    Name: "api",
    Scopes: [
      { ScopeName: "read", ScopeDescription: "read" },
      { ScopeName: "write", ScopeDescription: "write" },
    ],
  });
  s.cognito.domains.put({
    UserPoolId: pool.Id,
    AWSAccountId: "000000000000",
    Domain: domainPrefix,
    CloudFrontDistribution: "d111111abcdef8.cloudfront.net",
    Version: "1",
    Status: "ACTIVE",
  });
  const publicClient = putClient(t, pool, {
    ClientName: "web",
    CallbackURLs: [CALLBACK],
    LogoutURLs: [LOGOUT],
    AllowedOAuthFlows: ["code", "implicit"],
    AllowedOAuthScopes: ["openid", "email", "profile", "aws.cognito.signin.user.admin", `${RESOURCE_SERVER}/read`],
  });
  const confidentialClient = putClient(t, pool, {
    ClientName: "server-side",
    ClientSecret: s.ids.clientSecret(),
    CallbackURLs: [CALLBACK],
    AllowedOAuthFlows: ["code"],
    AllowedOAuthScopes: ["openid", "email"],
  });
  const m2mClient = putClient(t, pool, {
    ClientName: "m2m",
    ClientSecret: s.ids.clientSecret(),
    AllowedOAuthFlows: ["client_credentials"],
    AllowedOAuthScopes: [`${RESOURCE_SERVER}/read`, `${RESOURCE_SERVER}/write`],
  });
  const apiOnlyClient = putClient(t, pool, { ClientName: "api-only", AllowedOAuthFlowsUserPoolClient: false, CallbackURLs: [CALLBACK] });
  return { callback: CALLBACK, logout: LOGOUT, pool, domainPrefix, publicClient, confidentialClient, m2mClient, apiOnlyClient };
}

export function putClient(t: TestServer, pool: PoolRecord, fields: Partial<ClientRecord>): ClientRecord {
  const s = t.app.services;
  const now = epochSeconds(s.clock);
  const client: ClientRecord = {
    UserPoolId: pool.Id,
    ClientName: "client",
    ClientId: s.ids.clientId(),
    LastModifiedDate: now,
    CreationDate: now,
    RefreshTokenValidity: 30,
    TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
    ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"],
    SupportedIdentityProviders: ["COGNITO"],
    AllowedOAuthFlowsUserPoolClient: true,
    PreventUserExistenceErrors: "ENABLED",
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: 3,
    ...fields,
  };
  s.cognito.clients.put(client);
  return client;
}

export async function putUser(
  t: TestServer,
  pool: PoolRecord,
  username: string,
  opts: { status?: UserStatus; email?: string; password?: string; enabled?: boolean } = {},
): Promise<UserRecord> {
  const s = t.app.services;
  const now = epochSeconds(s.clock);
  const email = opts.email ?? `${username}@example.com`;
  const base: UserRecord = {
    Username: username,
    Attributes: [
      { Name: "sub", Value: s.ids.uuid() },
      { Name: "email", Value: email },
      { Name: "email_verified", Value: "true" },
      { Name: "given_name", Value: "Jane" },
    ],
    Enabled: opts.enabled ?? true,
    UserStatus: opts.status ?? "CONFIRMED",
    UserCreateDate: now,
    UserLastModifiedDate: now,
  };
  const user = await withPassword(pool, base, opts.password ?? PASSWORD, now);
  s.cognito.users.put(pool.Id, usernameKey(pool, username), user);
  return user;
}
