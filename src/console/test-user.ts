import { flowEnabled } from "../cognito/auth/explicit-flows.js";
import { computeSecretHash } from "../cognito/auth/secret-hash.js";
import { type PasswordVerifierParameters, SrpClient } from "../cognito/auth/srp/client.js";
import type { OperationContext } from "../cognito/operation.js";
import { OPERATIONS } from "../cognito/operations/registry.js";
import { requireClient, requirePool } from "../cognito/pools/lookup.js";
import { generateTemporaryPassword } from "../cognito/users/temporary-password.js";
import type { Services } from "../services.js";
import type { AttributeType, ClientRecord, PoolRecord } from "../store/cognito/records.js";
import { AwsJsonError } from "../wire/errors.js";
import { validate } from "../wire/validation.js";

/** What the console's "create a test user" action answers. */
export interface TestUser {
  username: string;
  password: string;
  /** The flow the tokens came from. */
  authFlow: "ADMIN_USER_PASSWORD_AUTH" | "USER_PASSWORD_AUTH" | "USER_SRP_AUTH";
  idToken?: string;
  accessToken?: string;
  /** Set when sign-in stopped at a challenge (MFA, a trigger's custom challenge) instead of giving tokens. */
  challenge?: string;
}

type AuthAnswer = { ChallengeName?: string; ChallengeParameters?: Record<string, string>; AuthenticationResult?: { IdToken?: string; AccessToken?: string } };

/**
 * Runs a Cognito operation exactly as the wire does (the registry's operation, its input validated first), so
 * the console's action takes the same path as an SDK call: triggers, policies and errors included.
 */
async function call<O>(s: Services, ctx: OperationContext, name: string, input: Record<string, unknown>): Promise<O> {
  const op = OPERATIONS.get(name);
  if (!op) throw new Error(`no operation ${name}`);
  validate(op.input, input);
  return (await op.run(s, input, ctx)) as O;
}

/** A username and attributes the pool accepts: an e-mail or phone number when the pool signs in with those. */
function identity(pool: PoolRecord, suffix: string): { username: string; attributes: AttributeType[] } {
  const by = pool.UsernameAttributes ?? [];
  if (by.includes("email")) {
    const email = `test-${suffix}@example.com`;
    return {
      username: email,
      attributes: [
        { Name: "email", Value: email },
        { Name: "email_verified", Value: "true" },
      ],
    };
  }
  if (by.includes("phone_number")) {
    const phone = `+1555${[...suffix].map((c) => c.charCodeAt(0) % 10).join("")}`.slice(0, 12);
    return {
      username: phone,
      attributes: [
        { Name: "phone_number", Value: phone },
        { Name: "phone_number_verified", Value: "true" },
      ],
    };
  }
  return { username: `test-${suffix}`, attributes: [] };
}

/** Signs in with the first password flow the client allows; SRP runs its client side here. */
async function signIn(s: Services, ctx: OperationContext, pool: PoolRecord, client: ClientRecord, username: string, password: string) {
  const base = { ClientId: client.ClientId };
  const secret = (name: string) => (client.ClientSecret ? { SECRET_HASH: computeSecretHash(client.ClientSecret, name, client.ClientId) } : {});
  if (flowEnabled(client, "ALLOW_ADMIN_USER_PASSWORD_AUTH"))
    return {
      flow: "ADMIN_USER_PASSWORD_AUTH" as const,
      answer: await call<AuthAnswer>(s, ctx, "AdminInitiateAuth", {
        ...base,
        UserPoolId: pool.Id,
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: username, PASSWORD: password, ...secret(username) },
      }),
    };
  if (flowEnabled(client, "ALLOW_USER_PASSWORD_AUTH"))
    return {
      flow: "USER_PASSWORD_AUTH" as const,
      answer: await call<AuthAnswer>(s, ctx, "InitiateAuth", {
        ...base,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: username, PASSWORD: password, ...secret(username) },
      }),
    };
  if (flowEnabled(client, "ALLOW_USER_SRP_AUTH") || (client.ExplicitAuthFlows ?? []).length === 0) {
    const srp = new SrpClient(pool.Id);
    const first = await call<AuthAnswer>(s, ctx, "InitiateAuth", {
      ...base,
      AuthFlow: "USER_SRP_AUTH",
      AuthParameters: { USERNAME: username, SRP_A: srp.srpA, ...secret(username) },
    });
    if (first.ChallengeName !== "PASSWORD_VERIFIER") return { flow: "USER_SRP_AUTH" as const, answer: first };
    const p = first.ChallengeParameters as unknown as PasswordVerifierParameters;
    const responses = srp.respond(password, p, s.clock.now());
    return {
      flow: "USER_SRP_AUTH" as const,
      answer: await call<AuthAnswer>(s, ctx, "RespondToAuthChallenge", {
        ...base,
        ChallengeName: "PASSWORD_VERIFIER",
        ChallengeResponses: { ...responses, ...secret(responses.USERNAME) },
      }),
    };
  }
  throw new AwsJsonError(
    "InvalidParameterException",
    "The app client allows no password sign-in (ADMIN_USER_PASSWORD_AUTH, USER_PASSWORD_AUTH or USER_SRP_AUTH)",
  );
}

/**
 * The console's one action that changes state: a confirmed user with a generated password in `poolId`, made with
 * AdminCreateUser (no invitation sent) and AdminSetUserPassword (permanent), then signed in through `clientId`.
 * Cognito's own errors (an unknown pool, a trigger's refusal) are thrown as they are.
 */
export async function createTestUser(s: Services, ctx: OperationContext, poolId: string, clientId: string): Promise<TestUser> {
  const pool = requirePool(s.cognito, poolId);
  const client = requireClient(s.cognito, clientId, pool.Id);
  const { username, attributes } = identity(pool, s.ids.clientId().slice(0, 8));
  const password = generateTemporaryPassword(pool.Policies.PasswordPolicy, (n) => Buffer.from(s.ids.opaque(n), "base64url"));
  await call(s, ctx, "AdminCreateUser", { UserPoolId: pool.Id, Username: username, UserAttributes: attributes, MessageAction: "SUPPRESS" });
  await call(s, ctx, "AdminSetUserPassword", { UserPoolId: pool.Id, Username: username, Password: password, Permanent: true });
  const { flow, answer } = await signIn(s, ctx, pool, client, username, password);
  return {
    username,
    password,
    authFlow: flow,
    idToken: answer.AuthenticationResult?.IdToken,
    accessToken: answer.AuthenticationResult?.AccessToken,
    challenge: answer.AuthenticationResult ? undefined : answer.ChallengeName,
  };
}
