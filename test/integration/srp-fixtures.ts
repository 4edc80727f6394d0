import { randomUUID } from "node:crypto";
import {
  AdminInitiateAuthCommand,
  type CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
} from "@aws-sdk/client-cognito-identity-provider";
import { computeSecretHash } from "../../src/cognito/auth/secret-hash.js";
import { SrpClient } from "../../src/cognito/auth/srp/client.js";
import { usernameKey } from "../../src/cognito/users/lookup.js";
import { withPassword } from "../../src/cognito/users/password.js";
import { epochSeconds } from "../../src/platform/clock.js";
import type { AttributeType, UserRecord, UserStatus } from "../../src/store/cognito/records.js";
import type { TestServer } from "../harness/server.js";

/** Shared set-up for the SRP integration tests: pools and clients through the SDK, users straight into the store. */

export const PASSWORD = "Correct-Horse-9";

export async function createPool(t: TestServer, input: Partial<CreateUserPoolCommandInput> = {}): Promise<string> {
  const out = await t.cognito.send(new CreateUserPoolCommand({ PoolName: `srp-${randomUUID().slice(0, 8)}`, ...input }));
  return out.UserPool?.Id ?? "";
}

export async function createClient(
  t: TestServer,
  poolId: string,
  input: Partial<CreateUserPoolClientCommandInput> = {},
): Promise<{ id: string; secret?: string }> {
  const out = await t.cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: "srp",
      ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH"],
      ...input,
    }),
  );
  return { id: out.UserPoolClient?.ClientId ?? "", secret: out.UserPoolClient?.ClientSecret };
}

/**
 * Stores a user with a password, as AdminCreateUser + AdminSetUserPassword would (scrypt hash and SRP verifier
 * computed by the same withPassword()). Returns the internal username.
 */
export async function seedUser(
  t: TestServer,
  poolId: string,
  opts: { username?: string; password?: string; status?: UserStatus; attributes?: AttributeType[]; enabled?: boolean },
): Promise<string> {
  const s = t.app.services;
  const pool = s.cognito.pools.get(poolId);
  if (!pool) throw new Error(`no pool ${poolId}`);
  const sub = randomUUID();
  const username = opts.username ?? sub;
  const now = epochSeconds(s.clock);
  const base: UserRecord = {
    Username: username,
    Attributes: [{ Name: "sub", Value: sub }, ...(opts.attributes ?? [])],
    Enabled: opts.enabled ?? true,
    UserStatus: opts.status ?? "CONFIRMED",
    UserCreateDate: now,
    UserLastModifiedDate: now,
  };
  const user = await withPassword(pool, base, opts.password ?? PASSWORD, now);
  s.cognito.users.put(poolId, usernameKey(pool, username), user);
  return username;
}

export interface SrpStart {
  srp: SrpClient;
  out: InitiateAuthCommandOutput;
  params: Record<string, string>;
}

/** InitiateAuth (or AdminInitiateAuth) USER_SRP_AUTH with poolgate's own SRP client. */
export async function startSrp(
  cognito: CognitoIdentityProviderClient,
  poolId: string,
  client: { id: string; secret?: string },
  username: string,
  opts: { admin?: boolean; srpA?: string } = {},
): Promise<SrpStart> {
  const srp = new SrpClient(poolId);
  const AuthParameters: Record<string, string> = { USERNAME: username, SRP_A: opts.srpA ?? srp.srpA };
  if (client.secret) AuthParameters.SECRET_HASH = computeSecretHash(client.secret, username, client.id);
  const out = opts.admin
    ? await cognito.send(new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: client.id, AuthFlow: "USER_SRP_AUTH", AuthParameters }))
    : await cognito.send(new InitiateAuthCommand({ ClientId: client.id, AuthFlow: "USER_SRP_AUTH", AuthParameters }));
  return { srp, out, params: (out.ChallengeParameters ?? {}) as Record<string, string> };
}

/** The PASSWORD_VERIFIER answer a correct client would send (plus SECRET_HASH with the internal username). */
export function answer(start: SrpStart, password: string, client: { id: string; secret?: string }, nowMs = Date.now()): Record<string, string> {
  const p = start.params;
  const responses = start.srp.respond(
    password,
    { SALT: p.SALT ?? "", SRP_B: p.SRP_B ?? "", SECRET_BLOCK: p.SECRET_BLOCK ?? "", USER_ID_FOR_SRP: p.USER_ID_FOR_SRP ?? "" },
    nowMs,
  );
  if (client.secret) responses.SECRET_HASH = computeSecretHash(client.secret, p.USER_ID_FOR_SRP ?? "", client.id);
  return responses;
}
