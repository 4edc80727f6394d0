import { CreateUserPoolCommand, type CreateUserPoolCommandInput } from "@aws-sdk/client-cognito-identity-provider";
import { computeSecretHash } from "../../src/cognito/auth/secret-hash.js";
import { usernameKey } from "../../src/cognito/users/lookup.js";
import { withPassword } from "../../src/cognito/users/password.js";
import { epochSeconds } from "../../src/platform/clock.js";
import type { AttributeType, ClientRecord, PoolRecord, UserRecord, UserStatus } from "../../src/store/cognito/records.js";
import type { TestServer } from "../harness/server.js";

/**
 * Seeds pools, app clients and users for the auth tests. Pools go through CreateUserPool; clients and users are
 * written to the store directly so these tests do not depend on the client and user operations.
 */
export const PASSWORD = "Correct-Horse-9";

export async function createPool(t: TestServer, input: Partial<CreateUserPoolCommandInput> = {}): Promise<PoolRecord> {
  const out = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "auth-tests", ...input }));
  const pool = t.app.services.cognito.pools.get(out.UserPool?.Id ?? "");
  if (!pool) throw new Error("pool not stored");
  return pool;
}

export function createClient(t: TestServer, pool: PoolRecord, over: Partial<ClientRecord> = {}): ClientRecord {
  const s = t.app.services;
  const now = epochSeconds(s.clock);
  const client: ClientRecord = {
    UserPoolId: pool.Id,
    ClientName: "app",
    ClientId: s.ids.clientId(),
    LastModifiedDate: now,
    CreationDate: now,
    RefreshTokenValidity: 30,
    AccessTokenValidity: 60,
    IdTokenValidity: 60,
    TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"],
    AllowedOAuthFlowsUserPoolClient: false,
    PreventUserExistenceErrors: "ENABLED",
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: 3,
    ...over,
  };
  s.cognito.clients.put(client);
  return client;
}

export interface SeedUser {
  username: string;
  password?: string;
  attributes?: Record<string, string>;
  status?: UserStatus;
  enabled?: boolean;
}

export async function createUser(t: TestServer, pool: PoolRecord, u: SeedUser): Promise<UserRecord> {
  const s = t.app.services;
  const now = epochSeconds(s.clock);
  const attrs: AttributeType[] = [{ Name: "sub", Value: s.ids.uuid() }];
  for (const [Name, Value] of Object.entries(u.attributes ?? {})) attrs.push({ Name, Value });
  let user: UserRecord = {
    Username: u.username,
    Attributes: attrs,
    Enabled: u.enabled ?? true,
    UserStatus: u.status ?? "CONFIRMED",
    UserCreateDate: now,
    UserLastModifiedDate: now,
  };
  user = await withPassword(pool, user, u.password ?? PASSWORD, now);
  s.cognito.users.put(pool.Id, usernameKey(pool, u.username), user);
  return user;
}

export function addToGroup(t: TestServer, pool: PoolRecord, group: string, username: string, precedence?: number): void {
  const s = t.app.services;
  const now = epochSeconds(s.clock);
  if (!s.cognito.groups.get(pool.Id, group))
    s.cognito.groups.put({
      GroupName: group,
      UserPoolId: pool.Id,
      LastModifiedDate: now,
      CreationDate: now,
      ...(precedence !== undefined ? { Precedence: precedence } : {}),
    });
  s.cognito.groups.addMember(pool.Id, group, usernameKey(pool, username));
}

export const secretHash = (client: ClientRecord, username: string): string => computeSecretHash(client.ClientSecret ?? "", username, client.ClientId);

/** Asserts an SDK error by name and exact message. */
export function awsError(name: string, message: string) {
  return (e: unknown) => {
    const err = e as Error;
    if (err.name !== name || err.message !== message) throw new Error(`expected ${name}: ${message}, got ${err.name}: ${err.message}`);
    return true;
  };
}
