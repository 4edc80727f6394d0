import { defineCheck } from "../define.js";
import { evaluatePolicy, type PolicyScope } from "../request/iam-policy.js";
import type { Finding } from "../types.js";

/**
 * `authorizer.lambda`: a Lambda (TOKEN or REQUEST) authorizer let the request through. AWS docs "Use API Gateway
 * Lambda authorizers" (input, output, identity sources, caching); observed answers in docs/gateway.md:
 * - identity source missing or empty (TOKEN always; REQUEST when caching is on), or a TOKEN not matching
 *   identityValidationExpression: 401 Unauthorized, and the function is not called;
 * - the function fails with the error "Unauthorized": 401 Unauthorized;
 * - any other failure, or an answer without principalId and policyDocument, or a context value that is not a
 *   string, number or boolean: 500 {"message":null}, x-amzn-ErrorType AuthorizerConfigurationException;
 * - the policy denies the method ARN: 403 {"Message":"User is not authorized to access this resource with an
 *   explicit deny"}; no statement allows it: 403 {"Message":"User is not authorized to access this resource"}.
 * The policy is evaluated against each request's method ARN, also when it comes from the cache: a policy written
 * for one method refuses the others for the cache's lifetime, as on AWS.
 */
export const lambdaAuthorizerCheck = defineCheck("authorizer.lambda", "authorizer", {
  allowed: "pass",
  "identity-missing": "fail",
  "identity-source-repeated": "fail",
  "identity-invalid": "fail",
  unauthorized: "fail",
  "explicit-deny": "fail",
  "no-allow": "fail",
  // The doctor only: the policy from TestInvokeAuthorizer does not name this method, which may be the test call's
  // own method ARN (placeholders for stage and method) rather than a fault.
  "test-policy-no-allow": "warn",
  "bad-output": "fail",
  "function-failed": "fail",
  "no-function": "fail",
});

export type LambdaAuthorizerOutcome =
  | { decision: "allow"; principalId: string; context: Record<string, string | number | boolean>; usageIdentifierKey?: string }
  | { decision: "deny"; responseType: "UNAUTHORIZED"; status: 401; message: "Unauthorized" }
  | { decision: "deny"; responseType: "ACCESS_DENIED"; status: 403; message: string }
  | { decision: "error"; responseType: "AUTHORIZER_CONFIGURATION_ERROR"; status: 500; message: null };

export type RefusedOutcome = Exclude<LambdaAuthorizerOutcome, { decision: "allow" }>;

const UNAUTHORIZED: RefusedOutcome = { decision: "deny", responseType: "UNAUTHORIZED", status: 401, message: "Unauthorized" };
const CONFIGURATION_ERROR: RefusedOutcome = { decision: "error", responseType: "AUTHORIZER_CONFIGURATION_ERROR", status: 500, message: null };
export const EXPLICIT_DENY_MESSAGE = "User is not authorized to access this resource with an explicit deny";
export const NOT_ALLOWED_MESSAGE = "User is not authorized to access this resource";

export interface Judged {
  finding: Finding;
  outcome: LambdaAuthorizerOutcome;
}

/** One identity source (`method.request.header.X`, `method.request.querystring.X`, `stageVariables.X`, `context.X`). */
export interface IdentityValue {
  source: string;
  value: string | undefined;
}

/** Where a request's identity-source values come from. */
export interface IdentityLookup {
  header(name: string): string | undefined;
  query(name: string): string | undefined;
  stageVariable(name: string): string | undefined;
  /** `context.X` variables ($context.identity.sourceIp...); undefined where unknown. */
  context(name: string): string | undefined;
}

/** The authorizer's identity sources (a TOKEN authorizer has one header, Authorization unless configured). */
export function identitySourcesOf(type: "TOKEN" | "REQUEST", identitySource: string | undefined): string[] {
  const all = (identitySource ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (type === "REQUEST") return all;
  return all.length ? all.slice(0, 1) : ["method.request.header.Authorization"];
}

/** Each identity source with this request's value. */
export function identityValues(sources: string[], lookup: IdentityLookup): IdentityValue[] {
  return sources.map((source) => {
    const m = /^(method\.request\.header|method\.request\.querystring|stageVariables|context)\.(.+)$/.exec(source);
    if (!m) return { source, value: undefined };
    const [, kind, name] = m;
    const value =
      kind === "method.request.header"
        ? lookup.header(name)
        : kind === "method.request.querystring"
          ? lookup.query(name)
          : kind === "stageVariables"
            ? lookup.stageVariable(name)
            : lookup.context(name);
    return { source, value };
  });
}

/** authorizerResultTtlInSeconds as API Gateway applies it: 300 when not set (CreateAuthorizer). */
export const resultTtlSeconds = (a: { authorizerResultTtlInSeconds?: number }): number => a.authorizerResultTtlInSeconds ?? 300;

/**
 * Whether API Gateway may call the function at all. `values` are the identity sources' values for this request.
 * A TOKEN authorizer always needs its header; a REQUEST authorizer needs its sources only when its results are
 * cached (`ttlSeconds` > 0), as AWS documents for identitySource.
 */
export function checkIdentitySources(
  type: "TOKEN" | "REQUEST",
  values: IdentityValue[],
  ttlSeconds: number,
  validationExpression: string | undefined,
): { finding: Finding; outcome: RefusedOutcome } | undefined {
  const f = lambdaAuthorizerCheck.finding;
  if (type === "TOKEN" || ttlSeconds > 0) {
    const missing = values.find((v) => v.value === undefined || v.value.trim() === "");
    // The prefix written twice names a header nobody sends: the configuration is wrong, the answer the same 401.
    const repeated = missing && /^method\.request\.(header|querystring)\.method\.request\./i.test(missing.source);
    if (missing && repeated)
      return {
        finding: f("identity-source-repeated", {
          params: { source: missing.source, meant: missing.source.replace(/^(method\.request\.(header|querystring)\.)+/i, "method.request.$2.") },
          actual: missing.source,
          expected: missing.source.replace(/^(method\.request\.(header|querystring)\.)+/i, "method.request.$2."),
        }),
        outcome: UNAUTHORIZED,
      };
    if (missing)
      return { finding: f("identity-missing", { params: { source: missing.source }, actual: null, expected: missing.source }), outcome: UNAUTHORIZED };
  }
  if (type === "TOKEN" && validationExpression) {
    const token = values[0]?.value ?? "";
    let matches: boolean;
    try {
      // AWS matches the whole token (Java String.matches).
      matches = new RegExp(`^(?:${validationExpression})$`).test(token);
    } catch {
      matches = false;
    }
    if (!matches)
      return {
        finding: f("identity-invalid", { params: { expression: validationExpression }, actual: "a token not matching", expected: validationExpression }),
        outcome: UNAUTHORIZED,
      };
  }
  return undefined;
}

/** How the function's run ended, as the invoke path saw it. */
export type FunctionRun =
  | { ok: true; result: unknown }
  | { ok: false; reason: "no-mapping" | "load-failed" | "no-export" | "threw" | "timeout"; message: string };

/** The gateway's answer to what the function returned (or why it returned nothing), for this method ARN. */
export function judgeAuthorizerAnswer(fn: string, run: FunctionRun, methodArn: string, scope: PolicyScope): Judged {
  const f = lambdaAuthorizerCheck.finding;
  if (!run.ok) {
    if (run.reason === "threw" && run.message === "Unauthorized") return { finding: f("unauthorized", { params: { function: fn } }), outcome: UNAUTHORIZED };
    if (run.reason === "no-mapping")
      return { finding: f("no-function", { params: { function: fn }, actual: null, expected: `--lambda ${fn}=handler.js` }), outcome: CONFIGURATION_ERROR };
    return { finding: f("function-failed", { params: { function: fn, reason: run.message }, actual: run.message }), outcome: CONFIGURATION_ERROR };
  }
  const output = parseAuthorizerOutput(run.result);
  if (typeof output === "string")
    return {
      finding: f("bad-output", { params: { function: fn, reason: output }, actual: output, expected: "{principalId, policyDocument}" }),
      outcome: CONFIGURATION_ERROR,
    };
  // Authorizer policies name no Principal: the caller is the principal.
  const statements = output.statements.map((s) => ({ Principal: "*", ...s }));
  const decision = evaluatePolicy(JSON.stringify({ Statement: statements }), scope, { resourceArn: methodArn, sourceIp: "" });
  const params = { function: fn, arn: methodArn, principalId: output.principalId };
  switch (decision.effect) {
    case "allow":
      return {
        finding: f("allowed", { params }),
        outcome: { decision: "allow", principalId: output.principalId, context: output.context, usageIdentifierKey: output.usageIdentifierKey },
      };
    case "explicit-deny":
      return {
        finding: f("explicit-deny", {
          params: { ...params, statement: decision.statement },
          actual: `Deny statement ${decision.statement}`,
          expected: `an Allow for ${methodArn}`,
        }),
        outcome: { decision: "deny", responseType: "ACCESS_DENIED", status: 403, message: EXPLICIT_DENY_MESSAGE },
      };
    case "invalid":
      return { finding: f("bad-output", { params: { function: fn, reason: decision.reason }, actual: decision.reason }), outcome: CONFIGURATION_ERROR };
    default:
      return {
        finding: f("no-allow", { params, actual: "no Allow statement matches", expected: `an Allow for ${methodArn}` }),
        outcome: { decision: "deny", responseType: "ACCESS_DENIED", status: 403, message: NOT_ALLOWED_MESSAGE },
      };
  }
}

export interface AuthorizerOutput {
  principalId: string;
  statements: Record<string, unknown>[];
  context: Record<string, string | number | boolean>;
  usageIdentifierKey?: string;
}

/** The authorizer's answer, or why API Gateway would not accept it. */
export function parseAuthorizerOutput(result: unknown): AuthorizerOutput | string {
  const o = typeof result === "string" ? tryJson(result) : result;
  if (!o || typeof o !== "object" || Array.isArray(o)) return "the answer is not a JSON object";
  const { principalId, policyDocument, context, usageIdentifierKey } = o as Record<string, unknown>;
  if (typeof principalId !== "string" && typeof principalId !== "number") return "principalId is missing";
  const doc = typeof policyDocument === "string" ? tryJson(policyDocument) : policyDocument;
  if (!doc || typeof doc !== "object") return "policyDocument is missing";
  const st = (doc as { Statement?: unknown }).Statement;
  const statements = Array.isArray(st) ? st : st && typeof st === "object" ? [st] : undefined;
  if (!statements || statements.some((s) => !s || typeof s !== "object")) return "policyDocument has no Statement list";
  const ctx: Record<string, string | number | boolean> = {};
  if (context !== undefined && context !== null) {
    if (typeof context !== "object" || Array.isArray(context)) return "context is not an object";
    for (const [k, v] of Object.entries(context)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return `context value ${k} is not a string, number or boolean`;
      ctx[k] = v;
    }
  }
  return {
    principalId: String(principalId),
    statements: statements as Record<string, unknown>[],
    context: ctx,
    usageIdentifierKey: typeof usageIdentifierKey === "string" ? usageIdentifierKey : undefined,
  };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
