import type { KeyObject } from "node:crypto";
import { defaultAnswerOf } from "../../apigateway/invoke/answer.js";
import { type CognitoAuthorizerResult, cognitoOutcomeOf, evaluateCognitoAuthorizer } from "../../checks/evaluate-cognito-authorizer.js";
import { type Finding, finding } from "../../checks/types.js";
import { decodeJwt } from "../../jwt/jwt.js";
import type { Authorizer } from "../../shapes/apigateway.js";
import { checkAudience } from "../checks/audience.js";
import { checkClockSkew } from "../checks/clock-skew.js";
import { checkTokenInput } from "../checks/token-input.js";
import { doctorIssuerPool, jwksUrlOf } from "../inputs/issuer.js";
import { fetchJwks, type JwksResult } from "../inputs/jwks.js";
import { parseNow } from "../inputs/now.js";
import { looksLikeToken, readTokenInput } from "../inputs/token-input.js";
import type { DoctorIo } from "../io.js";
import { claimNotes } from "../report/claims.js";
import type { Note, Report } from "../report/report.js";
import { UsageError } from "../usage-error.js";

export interface TokenOptions {
  userPoolId?: string;
  clientId?: string;
  /** Space or comma separated; "" means a method without scopes (ID-token mode). */
  scopes?: string;
  identityValidationExpression?: string;
  jwksUrl?: string;
  endpointUrl?: string;
  now?: string;
}

const POOL_ID = /^([a-z0-9-]+)_[0-9a-zA-Z]+$/;

/** The order the report lists token findings in: the article's B-list, then what the doctor adds. */
const ORDER = [
  "token.input",
  "request.auth-header",
  "token.decodable",
  "token.issuer",
  "authorizer.pool-matches-issuer",
  "token.signature",
  "token.not-expired",
  "token.clock-skew",
  "token.kind-for-scopes",
  "authorizer.identity-validation-expression",
  "token.audience",
  "token.claims",
];

/** A stand-in authorizer for "an API method configured so": the pool, the usual header, the expression if given. */
function authorizerFor(poolId: string, expression: string | undefined): Authorizer {
  const region = POOL_ID.exec(poolId)?.[1] ?? "us-east-1";
  return {
    id: "doctor",
    name: "doctor",
    type: "COGNITO_USER_POOLS",
    providerARNs: [`arn:aws:cognito-idp:${region}:123456789012:userpool/${poolId}`],
    identitySource: "method.request.header.Authorization",
    identityValidationExpression: expression,
  };
}

/**
 * The gateway's answer for a method configured so. Without the issuer's keys the signature is unknown, so the
 * answer is given "if the signature is genuine", from the first other failure.
 */
function decisionNote(result: CognitoAuthorizerResult, findings: Finding[], pool: string, scopes: string[] | undefined, keysUnknown: boolean): Note {
  const scopeText = scopes?.join(" ") ?? "";
  if (!keysUnknown) {
    if (result.decision === "allow") return { key: "doctor.token.decision.allow", params: { pool, scopes: scopeText } };
    const answer = defaultAnswerOf({ type: result.outcome?.responseType ?? "UNAUTHORIZED", message: result.outcome?.message ?? "Unauthorized" });
    return { key: "doctor.token.decision.deny", params: { pool, status: answer.status, body: answer.body } };
  }
  const cause = findings.find((f) => f.status === "fail" && f.id !== "token.signature");
  if (!cause) return { key: "doctor.token.decision.allow-if-signed", params: { pool, scopes: scopeText } };
  const outcome = cognitoOutcomeOf(cause);
  const answer = defaultAnswerOf({ type: outcome.responseType, message: outcome.message });
  return { key: "doctor.token.decision.deny-if-signed", params: { pool, status: answer.status, body: answer.body } };
}

export async function readTokenArgument(arg: string | undefined, io: DoctorIo): Promise<string> {
  const raw = arg === "-" ? await io.readStdin() : arg;
  if (raw === undefined || raw.trim() === "") throw new UsageError("doctor.usage.no-token");
  if (!looksLikeToken(raw)) throw new UsageError("doctor.usage.not-a-token", { reason: raw.trim().length > 40 ? `${raw.trim().slice(0, 40)}…` : raw.trim() });
  return raw;
}

/**
 * `poolgate doctor token`: decodes without trusting, says what broke the string if anything did, explains the
 * claims, verifies the signature against the issuer's JWKS when reachable, and — given --user-pool-id and
 * --scopes — runs the gateway's own evaluation (evaluateCognitoAuthorizer) for a method configured so.
 */
export async function doctorToken(arg: string | undefined, o: TokenOptions, io: DoctorIo): Promise<Report> {
  if (o.userPoolId !== undefined && !POOL_ID.test(o.userPoolId)) throw new UsageError("doctor.usage.bad-pool-id", { value: o.userPoolId });
  const raw = await readTokenArgument(arg, io);
  const nowS = Math.floor(parseNow(o.now, io.now()) / 1000);
  const endpointUrl = o.endpointUrl?.replace(/\/+$/, "");
  const input = readTokenInput(raw);
  const token = input.repaired ?? input.headerValue;
  const jwt = decodeJwt(token);
  const iss = typeof jwt?.payload.iss === "string" ? jwt.payload.iss : undefined;
  const issuerPool = doctorIssuerPool(endpointUrl);
  const tokenPool = iss ? issuerPool(iss) : undefined;

  let jwks: JwksResult | undefined;
  if (tokenPool && iss) jwks = await fetchJwks(o.jwksUrl ?? jwksUrlOf(iss, tokenPool, endpointUrl), io.http);
  const keys = (pool: string, kid: string): KeyObject | undefined => (jwks && "keys" in jwks && pool === tokenPool ? jwks.keys.get(kid) : undefined);

  const methodScopes = o.scopes === undefined ? undefined : o.scopes.split(/[\s,]+/).filter(Boolean);
  const evaluate = (headerValue: string) =>
    evaluateCognitoAuthorizer({
      headers: { authorization: headerValue },
      method: { authorizationScopes: methodScopes },
      authorizer: authorizerFor(o.userPoolId ?? tokenPool ?? "us-east-1_unknown", o.identityValidationExpression),
      now: nowS,
      keys,
      issuerPool,
    });
  // What the gateway makes of the string as given; and, when it was broken, of the repaired token.
  const asGiven = evaluate(input.headerValue);
  const repaired = input.repaired && input.repaired !== input.headerValue ? evaluate(input.repaired) : undefined;
  const fromGiven = new Set(["request.auth-header", "token.decodable"]);
  const byId = new Map<string, Finding>();
  for (const f of asGiven.findings) byId.set(f.id, f);
  if (repaired) for (const f of repaired.findings) if (!fromGiven.has(f.id)) byId.set(f.id, f);

  // Keep what the question was about; drop what a stand-in authorizer says about itself.
  byId.delete("authorizer.configuration");
  const header = byId.get("request.auth-header");
  if (header && header.status === "pass") byId.delete("request.auth-header");
  if (!o.userPoolId) byId.delete("authorizer.pool-matches-issuer");
  const ive = byId.get("authorizer.identity-validation-expression");
  if (!o.identityValidationExpression && ive && ive.status !== "fail") byId.delete("authorizer.identity-validation-expression");
  if (methodScopes === undefined && jwt) {
    const use = jwt.payload.token_use;
    byId.set("token.kind-for-scopes", finding("token.kind-for-scopes", "skip", use === "access" ? "suits-access" : use === "id" ? "suits-id" : "skipped"));
  }
  const sig = byId.get("token.signature");
  if (jwks && "error" in jwks && sig && sig.status !== "pass")
    byId.set("token.signature", finding("token.signature", "skip", "jwks-unreachable", { params: { url: jwks.url, error: jwks.error } }));
  if (!tokenPool && sig?.status === "skip") byId.delete("token.signature");

  byId.set("token.input", checkTokenInput(input));
  if (jwt) {
    byId.set("token.clock-skew", checkClockSkew(jwt.payload, nowS));
    byId.set("token.audience", checkAudience(jwt.payload, o.clientId));
  }
  const findings = ORDER.map((id) => byId.get(id)).filter((f): f is Finding => f !== undefined);

  const notes: Note[] = jwt ? claimNotes(jwt.payload, nowS, tokenPool) : [];
  if (o.userPoolId) notes.push(decisionNote(asGiven, findings, o.userPoolId, methodScopes, jwks !== undefined && "error" in jwks));
  return { titleKey: "doctor.title.token", findings, notes };
}
