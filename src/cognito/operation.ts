import type { Services } from "../services.js";
import { AwsJsonError } from "../wire/errors.js";
import type { Shape } from "../wire/validation.js";

export interface OperationContext {
  requestId: string;
  /** Caller address, for logs. */
  sourceIp: string;
}

/**
 * One Cognito API operation: its AWS name, its input shape (validated before `run`, producing AWS's
 * validation errors) and the function. `auth` records how AWS authorizes it (SigV4/IAM or none); poolgate
 * accepts any SigV4 signature locally.
 */
export interface Operation<I = any, O = any> {
  name: string;
  auth: "iam" | "none";
  input: Shape;
  run(s: Services, req: I, ctx: OperationContext): O | Promise<O>;
}

export const defineOperation = <I, O>(op: Operation<I, O>): Operation<I, O> => op;

/** The answer for an AWS operation that is not in the registry (yet). */
export const notYetImplemented = (name: string) => new AwsJsonError("UnsupportedOperationException", `poolgate does not implement ${name} yet`);
