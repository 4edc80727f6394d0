import type { RequestInfo } from "../../http/exchange.js";
import type { ClientRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { validate } from "../../wire/validation.js";
import { computeSecretHash } from "../auth/secret-hash.js";
import { OPERATIONS } from "../operations/registry.js";
import type { HostedUiContext } from "./context.js";

export type OperationResult = { ok: true; output: Record<string, unknown> } | { ok: false; type: string; message: string };

/**
 * The hosted UI's sign-up and password-reset pages call the same Cognito operations as the API, so codes go
 * to the same local outbox and every rule is enforced once. The hosted UI knows the client secret, so it adds
 * SECRET_HASH itself, as Cognito's own hosted UI needs none from the browser.
 */
export async function callOperation(
  ctx: HostedUiContext,
  info: RequestInfo,
  name: "SignUp" | "ConfirmSignUp" | "ForgotPassword" | "ConfirmForgotPassword",
  client: ClientRecord,
  input: Record<string, unknown>,
): Promise<OperationResult> {
  const op = OPERATIONS.get(name);
  if (!op) return { ok: false, type: "UnsupportedOperationException", message: `${name} is not available` };
  const request: Record<string, unknown> = { ClientId: client.ClientId, ...input };
  if (client.ClientSecret && typeof input.Username === "string") request.SecretHash = computeSecretHash(client.ClientSecret, input.Username, client.ClientId);
  try {
    validate(op.input, request);
    return { ok: true, output: ((await op.run(ctx.s, request, { requestId: info.requestId, sourceIp: info.sourceIp })) ?? {}) as Record<string, unknown> };
  } catch (e) {
    if (e instanceof AwsJsonError) return { ok: false, type: e.type, message: e.message };
    throw e;
  }
}
