import { evaluateCognitoAuthorizer } from "../../checks/evaluate-cognito-authorizer.js";
import { checkAuthorizationType } from "../../checks/method/authorization-type.js";
import { headerValue, identityHeaderName } from "../../checks/request/auth-header.js";
import type { Finding } from "../../checks/types.js";
import { parseUserPoolArn } from "../../grammar/provider-arn.js";
import { hasStageVariables, substituteStageVariables } from "../../grammar/stage-variables.js";
import { decodeJwt } from "../../jwt/jwt.js";
import type { Authorizer, Method } from "../../shapes/apigateway.js";
import { denyBeforeLambdaAuthorizer } from "./apply-resource-policy.js";
import { authorizeLambda } from "./authorize-lambda.js";
import { missingAuthenticationToken } from "./match-route.js";
import { isSigV4, SIGNATURE_MISMATCH } from "./sigv4-messages.js";
import type { InvokeEnv, InvokeState, Refusal, Step } from "./state.js";

/**
 * Runs the method's authorizer. NONE passes. COGNITO_USER_POOLS runs the checklist (evaluateCognitoAuthorizer).
 * AWS_IAM wants SigV4, which poolgate cannot verify, so it fails closed with AWS's answers for unsigned or
 * JWT-carrying requests. CUSTOM (Lambda TOKEN/REQUEST) authorizers run their function.
 */
export const authorize: Step = (st, env) => {
  const decided = authorizeMethod(st, env);
  if (decided === undefined) return undefined;
  return decided instanceof Promise ? decided.then((r) => r && preflightAsCause(st, r)) : preflightAsCause(st, decided);
};

/**
 * A CORS preflight refused by the method's authorizer is the API's fault (no OPTIONS method without authorization),
 * whatever check of the authorizer failed first: the answer stays the authorizer's, its recorded cause is the
 * preflight finding, so the fix shown is on the API and not "send a token" (a preflight never carries one).
 */
function preflightAsCause(st: InvokeState, refusal: Refusal): Refusal {
  if (st.httpMethod !== "OPTIONS" || refusal.cause.id === "api.resource-policy") return refusal;
  const preflight = st.findings.find((f) => f.id === "cors.preflight-authorizer");
  return preflight?.status === "fail" ? { ...refusal, cause: preflight } : refusal;
}

function authorizeMethod(st: InvokeState, env: InvokeEnv): Refusal | undefined | Promise<Refusal | undefined> {
  const method = st.route!.method;
  const typeFinding = checkAuthorizationType(method.authorizationType);
  st.findings.push(typeFinding);
  const authorization = headerValue(st.request.headers, "authorization");
  switch (method.authorizationType) {
    case "AWS_IAM": {
      const cause = { ...typeFinding, cause: true };
      if (authorization !== undefined && isSigV4(authorization))
        return { decision: "deny", cause, error: { type: "INVALID_SIGNATURE", message: SIGNATURE_MISMATCH } };
      return missingAuthenticationToken(authorization, cause);
    }
    case "CUSTOM": {
      const authorizer = st.snapshot!.authorizers.find((a) => a.id === method.authorizerId);
      if (authorizer && (authorizer.type === "TOKEN" || authorizer.type === "REQUEST"))
        return denyBeforeLambdaAuthorizer(st, env) ?? authorizeLambda(st, env, authorizer);
      return { decision: "error", cause: { ...typeFinding, cause: true }, error: { type: "AUTHORIZER_CONFIGURATION_ERROR", message: null } };
    }
    case "COGNITO_USER_POOLS":
      return authorizeCognito(st, env);
    default:
      return undefined;
  }
}

/** The method's Cognito authorizer as the stage sees it: provider ARNs may name the pool through a stage variable. */
export function stageAuthorizer(st: InvokeState): Authorizer | undefined {
  return withStageVariables(
    st.snapshot!.authorizers.find((a) => a.id === st.route!.method.authorizerId),
    st.stage?.variables,
  );
}

const authorizeCognito: Step = (st, env) => {
  const authorizer = stageAuthorizer(st);
  const raw = headerValue(st.request.headers, identityHeaderName(authorizer?.identitySource) ?? "authorization");
  if (env.loadPoolKeys && authorizer?.providerARNs?.length) {
    // A listed pool may live elsewhere: fetch its configured JWKS before the (synchronous, pure) evaluation. The
    // unverified token only says which of the configured pools to fetch; its keys never come from the token.
    const named = unverifiedPoolOf(raw, env);
    if (named && authorizer.providerARNs.some((arn) => parseUserPoolArn(arn)?.poolId === named)) {
      const loading = env.loadPoolKeys(named);
      if (loading) return loading.then(() => decideCognito(st, env, authorizer, raw));
    }
  }
  return decideCognito(st, env, authorizer, raw);
};

/** The Cognito decision once every key it may need is at hand: a remembered allow, else the full checklist. */
function decideCognito(st: InvokeState, env: InvokeEnv, authorizer: Authorizer | undefined, raw: string | undefined): Refusal | undefined {
  const method = st.route!.method;
  const keys = (poolId: string, kid: string) => env.keysOf(poolId, kid);
  const now = Math.floor(env.nowMs() / 1000);
  const memo = env.memo;
  const remembered = memo && raw !== undefined && authorizer ? memo.allows.get(raw, authorizer, method, now, keys) : undefined;
  if (remembered) {
    for (const f of remembered.findings) st.findings.push(f);
    st.claims = remembered.claims;
    return undefined;
  }
  const result = evaluateCognitoAuthorizer({
    headers: st.request.headers,
    method,
    authorizer,
    now,
    keys,
    issuerPool: env.issuerPool,
    poolKnown: (poolId) => env.poolKnown(poolId),
    signatureCache: memo?.signatures,
  });
  st.findings.push(...result.findings);
  if (result.decision === "allow") {
    st.claims = result.claims;
    remember(env, raw, authorizer, method, result.findings, result.claims ?? {});
    return undefined;
  }
  const outcome = result.outcome!;
  return {
    decision: result.decision === "error" ? "error" : "deny",
    cause: result.cause ?? result.findings[0],
    error: { type: outcome.responseType, message: outcome.message },
  };
}

const resolved = new WeakMap<Authorizer, Map<string, Authorizer>>();

/**
 * Provider ARNs may name the pool through a stage variable (AWS docs, Cognito user pool authorizers:
 * `arn:aws:cognito-idp:{region}:{account}:userpool/${stageVariables.MyUserPool}`). The resolved authorizer is kept
 * per snapshot authorizer and variable set, so it stays the same object from request to request.
 */
function withStageVariables(a: Authorizer | undefined, vars: Readonly<Record<string, string>> | undefined): Authorizer | undefined {
  if (!a?.providerARNs?.some(hasStageVariables)) return a;
  const key = JSON.stringify(vars ?? {});
  let byVars = resolved.get(a);
  if (!byVars) {
    byVars = new Map();
    resolved.set(a, byVars);
  }
  let r = byVars.get(key);
  if (!r) {
    r = { ...a, providerARNs: a.providerARNs.map((arn) => substituteStageVariables(arn, vars)) };
    if (byVars.size > 50) byVars.clear();
    byVars.set(key, r);
  }
  return r;
}

/** Keeps an allow decision with the key that verified the token, so a repeat of the same header is answered alike. */
function remember(
  env: InvokeEnv,
  raw: string | undefined,
  authorizer: Authorizer | undefined,
  method: Method,
  findings: Finding[],
  claims: Record<string, unknown>,
): void {
  const memo = env.memo;
  if (!memo || raw === undefined || !authorizer || typeof claims.exp !== "number" || typeof claims.iss !== "string") return;
  const verified = memo.signatures.get(raw.trim().replace(/^bearer /i, ""));
  const poolId = env.issuerPool(claims.iss);
  const kid = verified?.jwt.header.kid;
  if (!verified || !poolId || typeof kid !== "string") return;
  memo.allows.set(raw, { authorizer, method, poolId, kid, key: verified.key, exp: claims.exp, findings, claims });
}

/** The pool an (unverified) token claims to come from, to choose which configured JWKS to load. */
function unverifiedPoolOf(header: string | undefined, env: InvokeEnv): string | undefined {
  const token = header?.trim().replace(/^bearer /i, "");
  const iss = token ? decodeJwt(token)?.payload.iss : undefined;
  return typeof iss === "string" ? env.issuerPool(iss) : undefined;
}
