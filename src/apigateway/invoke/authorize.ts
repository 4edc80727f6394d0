import { parseUserPoolArn } from "../../checks/authorizer/provider-arns.js";
import { evaluateCognitoAuthorizer } from "../../checks/evaluate-cognito-authorizer.js";
import { checkAuthorizationType } from "../../checks/method/authorization-type.js";
import { headerValue, identityHeaderName } from "../../checks/request/auth-header.js";
import type { Finding } from "../../checks/types.js";
import { decodeJwt } from "../../cognito/tokens/jwt.js";
import { epochSeconds } from "../../platform/clock.js";
import type { Authorizer, Method } from "../model.js";
import { denyBeforeLambdaAuthorizer } from "./apply-resource-policy.js";
import { authorizeLambda } from "./authorize-lambda.js";
import { missingAuthenticationToken } from "./match-route.js";
import { isSigV4, SIGNATURE_MISMATCH } from "./sigv4-messages.js";
import type { InvokeDeps, InvokeState, Refusal, Step } from "./state.js";

/**
 * Runs the method's authorizer. NONE passes. COGNITO_USER_POOLS runs the checklist (evaluateCognitoAuthorizer).
 * AWS_IAM wants SigV4, which poolgate cannot verify, so it fails closed with AWS's answers for unsigned or
 * JWT-carrying requests. CUSTOM (Lambda TOKEN/REQUEST) authorizers run their function from a local handler file.
 */
export const authorize: Step = (st, deps) => {
  const method = st.route!.method;
  const typeFinding = checkAuthorizationType(method.authorizationType);
  st.findings.push(typeFinding);
  const authorization = headerValue(st.req.headers, "authorization");
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
        return denyBeforeLambdaAuthorizer(st, deps) ?? authorizeLambda(st, deps, authorizer);
      return { decision: "error", cause: { ...typeFinding, cause: true }, error: { type: "AUTHORIZER_CONFIGURATION_ERROR", message: null } };
    }
    case "COGNITO_USER_POOLS":
      return authorizeCognito(st, deps);
    default:
      return undefined;
  }
};

const authorizeCognito: Step = (st, deps) => {
  const { s, remoteJwks } = deps;
  const method = st.route!.method;
  const authorizer = withStageVariables(
    st.snapshot!.authorizers.find((a) => a.id === method.authorizerId),
    st.stage?.variables,
  );
  const raw = headerValue(st.req.headers, identityHeaderName(authorizer?.identitySource) ?? "authorization");
  // Which provider pools this server holds. The key ring caches each pool's keys and DeleteUserPool makes it
  // forget them, so this costs no store read per request.
  let foreign: Set<string> | undefined;
  for (const arn of authorizer?.providerARNs ?? []) {
    const poolId = parseUserPoolArn(arn)?.poolId;
    if (!poolId || s.keys.forPool(poolId)) continue;
    foreign ??= new Set();
    foreign.add(poolId);
  }
  if (foreign) {
    // A listed pool lives elsewhere: fetch its configured JWKS before the (synchronous, pure) evaluation. The
    // unverified token only says which of the configured pools to fetch; its keys never come from the token.
    const named = unverifiedPoolOf(raw, s.urls);
    if (named && foreign.has(named)) return remoteJwks.ensure(named).then(() => decideCognito(st, deps, authorizer, raw));
  }
  return decideCognito(st, deps, authorizer, raw);
};

/** The Cognito decision once every key it may need is at hand: a remembered allow, else the full checklist. */
function decideCognito(st: InvokeState, deps: InvokeDeps, authorizer: Authorizer | undefined, raw: string | undefined): Refusal | undefined {
  const { s, remoteJwks } = deps;
  const method = st.route!.method;
  const keys = deps.keysOf;
  const now = epochSeconds(s.clock);
  const remembered = raw !== undefined && authorizer ? deps.allows.get(raw, authorizer, method, now, keys) : undefined;
  if (remembered) {
    for (const f of remembered.findings) st.findings.push(f);
    st.claims = remembered.claims;
    return undefined;
  }
  const result = evaluateCognitoAuthorizer({
    headers: st.req.headers,
    method,
    authorizer,
    now,
    keys,
    issuerPool: (iss) => s.urls.poolIdFromIssuer(iss),
    poolKnown: (poolId) => s.keys.forPool(poolId) !== undefined || remoteJwks.has(poolId),
    signatureCache: deps.signatures,
  });
  st.findings.push(...result.findings);
  if (result.decision === "allow") {
    st.claims = result.claims;
    remember(deps, raw, authorizer, method, result.findings, result.claims ?? {}, s.urls);
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
function withStageVariables(a: Authorizer | undefined, vars: Record<string, string> | undefined): Authorizer | undefined {
  if (!a?.providerARNs?.some((arn) => arn.includes("${stageVariables."))) return a;
  const key = JSON.stringify(vars ?? {});
  let byVars = resolved.get(a);
  if (!byVars) {
    byVars = new Map();
    resolved.set(a, byVars);
  }
  let r = byVars.get(key);
  if (!r) {
    r = { ...a, providerARNs: a.providerARNs.map((arn) => arn.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, n: string) => vars?.[n] ?? "")) };
    if (byVars.size > 50) byVars.clear();
    byVars.set(key, r);
  }
  return r;
}

/** Keeps an allow decision with the key that verified the token, so a repeat of the same header is answered alike. */
function remember(
  deps: InvokeDeps,
  raw: string | undefined,
  authorizer: Authorizer | undefined,
  method: Method,
  findings: Finding[],
  claims: Record<string, unknown>,
  urls: InvokeDeps["s"]["urls"],
): void {
  if (raw === undefined || !authorizer || typeof claims.exp !== "number" || typeof claims.iss !== "string") return;
  const verified = deps.signatures.get(raw.trim().replace(/^bearer /i, ""));
  const poolId = urls.poolIdFromIssuer(claims.iss);
  const kid = verified?.jwt.header.kid;
  if (!verified || !poolId || typeof kid !== "string") return;
  deps.allows.set(raw, { authorizer, method, poolId, kid, key: verified.key, exp: claims.exp, findings, claims });
}

/** The pool an (unverified) token claims to come from, to choose which configured JWKS to load. */
function unverifiedPoolOf(header: string | undefined, urls: InvokeDeps["s"]["urls"]): string | undefined {
  const token = header?.trim().replace(/^bearer /i, "");
  const iss = token ? decodeJwt(token)?.payload.iss : undefined;
  return typeof iss === "string" ? urls.poolIdFromIssuer(iss) : undefined;
}

/** Where a pool's JWKS is fetched from when poolgate does not hold the pool: --jwks, else AWS's URL. */
export function remoteJwksUrl(config: InvokeDeps["s"]["config"]): (poolId: string) => string {
  const map = new Map<string, string>();
  for (const spec of config.jwks ?? []) {
    const eq = spec.indexOf("=");
    if (eq > 0) map.set(spec.slice(0, eq).trim(), spec.slice(eq + 1).trim());
  }
  return (poolId) => map.get(poolId) ?? `https://cognito-idp.${poolId.split("_")[0]}.amazonaws.com/${poolId}/.well-known/jwks.json`;
}
