import { randomUUID } from "node:crypto";
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { computeSecretHash } from "../../src/cognito/auth/secret-hash.js";
import { SrpClient } from "../../src/cognito/auth/srp/client.js";
import type { AttributeType } from "../../src/store/cognito/records.js";
import type { TestServer } from "../harness/server.js";

/** Shared set-up for the SRP integration tests: pools, clients and users through the SDK, as a user of poolgate would. */

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
 * Creates a user through the public API, as an administrator would: AdminCreateUser (temporary password,
 * FORCE_CHANGE_PASSWORD), then AdminSetUserPassword Permanent=true unless the user should stay on the temporary
 * password; SignUp (through `clientId`) for an UNCONFIRMED user. Returns the internal username, which is the sub
 * in a UsernameAttributes pool.
 */
export async function seedUser(
  t: TestServer,
  poolId: string,
  opts: {
    username: string;
    password?: string;
    status?: "CONFIRMED" | "FORCE_CHANGE_PASSWORD" | "UNCONFIRMED";
    attributes?: AttributeType[];
    enabled?: boolean;
    clientId?: string;
  },
): Promise<string> {
  const password = opts.password ?? PASSWORD;
  if (opts.status === "UNCONFIRMED") {
    const out = await t.cognito.send(
      new SignUpCommand({ ClientId: opts.clientId, Username: opts.username, Password: password, UserAttributes: opts.attributes }),
    );
    const user = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: opts.username }));
    if (user.UserStatus !== "UNCONFIRMED" || !out.UserSub) throw new Error("sign-up did not leave the user unconfirmed");
    return user.Username ?? "";
  }
  const created = await t.cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: opts.username,
      UserAttributes: opts.attributes,
      TemporaryPassword: password,
      MessageAction: "SUPPRESS",
    }),
  );
  const username = created.User?.Username ?? "";
  if (opts.status !== "FORCE_CHANGE_PASSWORD") await setPassword(t, poolId, username, password);
  if (opts.enabled === false) await t.cognito.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: username }));
  return username;
}

/** AdminSetUserPassword Permanent=true: a new scrypt hash and a new SRP salt and verifier. */
export async function setPassword(t: TestServer, poolId: string, username: string, password: string): Promise<void> {
  await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: password, Permanent: true }));
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
