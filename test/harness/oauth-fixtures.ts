import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { ClientRecord, PoolRecord, UserRecord } from "../../src/store/cognito/records.js";
import type { TestServer } from "./server.js";

/**
 * The OAuth world, built through the public API with the AWS SDK: a pool, a resource server, a domain, app
 * clients with OAuth settings (as the console creates them, AllowedOAuthFlowsUserPoolClient=true) and users.
 * Returns the stored records so tests can read ids and secrets.
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
  const callback = `${appOrigin}/callback`;
  const logout = `${appOrigin}/signed-out`;
  const created = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "oauth", AutoVerifiedAttributes: ["email"] }));
  const poolId = created.UserPool?.Id as string;
  await t.cognito.send(
    new CreateResourceServerCommand({
      UserPoolId: poolId,
      Identifier: RESOURCE_SERVER,
      Name: "api",
      Scopes: [
        { ScopeName: "read", ScopeDescription: "read" },
        { ScopeName: "write", ScopeDescription: "write" },
      ],
    }),
  );
  await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: domainPrefix }));
  const publicClient = await createClient(t, {
    UserPoolId: poolId,
    ClientName: "web",
    CallbackURLs: [callback],
    LogoutURLs: [logout],
    AllowedOAuthFlows: ["code", "implicit"],
    AllowedOAuthScopes: ["openid", "email", "profile", "aws.cognito.signin.user.admin", `${RESOURCE_SERVER}/read`],
  });
  const confidentialClient = await createClient(t, {
    UserPoolId: poolId,
    ClientName: "server-side",
    GenerateSecret: true,
    CallbackURLs: [callback],
    AllowedOAuthFlows: ["code"],
    AllowedOAuthScopes: ["openid", "email"],
  });
  const m2mClient = await createClient(t, {
    UserPoolId: poolId,
    ClientName: "m2m",
    GenerateSecret: true,
    AllowedOAuthFlows: ["client_credentials"],
    AllowedOAuthScopes: [`${RESOURCE_SERVER}/read`, `${RESOURCE_SERVER}/write`],
  });
  // Through the API, AllowedOAuthFlowsUserPoolClient defaults to false: such a client has no OAuth.
  const apiOnlyClient = await createClient(t, { UserPoolId: poolId, ClientName: "api-only", AllowedOAuthFlowsUserPoolClient: false, CallbackURLs: [callback] });
  const pool = t.app.services.cognito.pools.get(poolId) as PoolRecord;
  return { callback, logout, pool, domainPrefix, publicClient, confidentialClient, m2mClient, apiOnlyClient };
}

async function createClient(t: TestServer, input: CreateUserPoolClientCommandInput): Promise<ClientRecord> {
  const out = await t.cognito.send(
    new CreateUserPoolClientCommand({
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ["COGNITO"],
      PreventUserExistenceErrors: "ENABLED",
      ...input,
    }),
  );
  return t.app.services.cognito.clients.get(out.UserPoolClient?.ClientId as string) as ClientRecord;
}

/** A user with a permanent password (CONFIRMED), or still on a temporary one (FORCE_CHANGE_PASSWORD). */
export async function putUser(t: TestServer, pool: PoolRecord, username: string, opts: { temporary?: boolean; password?: string } = {}): Promise<UserRecord> {
  const password = opts.password ?? PASSWORD;
  await t.cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: pool.Id,
      Username: username,
      TemporaryPassword: password,
      MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email", Value: `${username}@example.com` },
        { Name: "email_verified", Value: "true" },
        { Name: "given_name", Value: "Jane" },
      ],
    }),
  );
  if (!opts.temporary) await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.Id, Username: username, Password: password, Permanent: true }));
  return t.app.services.cognito.users.get(pool.Id, username.toLowerCase()) as UserRecord;
}
