import type { Authorizer } from "../shapes/apigateway.js";
import { checkConfiguration, unavailablePool } from "./authorizer/configuration.js";
import { checkIdentityValidation } from "./authorizer/identity-validation-expression.js";
import { checkPoolMatchesIssuer } from "./authorizer/pool-matches-issuer.js";
import { checkAuthHeader, type Headers, identityHeaderName } from "./request/auth-header.js";
import { explainClaims } from "./token/claims.js";
import { checkDecodable } from "./token/decodable.js";
import { checkIssuer, type IssuerPool } from "./token/issuer.js";
import { checkKindForScopes } from "./token/kind-for-scopes.js";
import { checkNotExpired } from "./token/not-expired.js";
import { checkSignature, type KeyLookup, type SignatureCache } from "./token/signature.js";
import type { CheckId, Finding } from "./types.js";

export interface CognitoAuthorizerInput {
  /** Request headers; names are matched case-insensitively. */
  headers: Headers;
  /** The method's settings; omit for TestInvokeAuthorizer (no method, so ID-token mode). */
  method?: { authorizationScopes?: string[] };
  /** The authorizer of the deployed snapshot; undefined when the method names one the snapshot lacks. */
  authorizer: Authorizer | undefined;
  /** Epoch seconds. */
  now: number;
  /** Public key of (poolId, kid): held pools from the key ring, others from a fetched JWKS. */
  keys: KeyLookup;
  /** Pool id an issuer names (Urls.poolIdFromIssuer). */
  issuerPool: IssuerPool;
  /** Whether the keys of the token's (listed) pool can be had at all; false makes it a configuration error (500). */
  poolKnown?: (poolId: string) => boolean;
  /** Optional memory of verified signatures (the gateway keeps one); never changes a decision. */
  signatureCache?: SignatureCache;
}

export type GatewayOutcome =
  | { responseType: "UNAUTHORIZED"; status: 401; message: "Unauthorized" | "The incoming token has expired" }
  | { responseType: "AUTHORIZER_CONFIGURATION_ERROR"; status: 500; message: null };

export interface CognitoAuthorizerResult {
  decision: "allow" | "deny" | "error";
  /** The gateway response to render when the decision is not allow. */
  outcome?: GatewayOutcome;
  /** Verified claims (allow only). */
  claims?: Record<string, unknown>;
  /** Every check, in pipeline order; checks that could not run are "skip"; the first "fail" has `cause: true`. */
  findings: Finding[];
  cause?: Finding;
}

const UNAUTHORIZED: GatewayOutcome = { responseType: "UNAUTHORIZED", status: 401, message: "Unauthorized" };
const EXPIRED: GatewayOutcome = { responseType: "UNAUTHORIZED", status: 401, message: "The incoming token has expired" };
const CONFIG_ERROR: GatewayOutcome = { responseType: "AUTHORIZER_CONFIGURATION_ERROR", status: 500, message: null };

const skipped = (id: CheckId): Finding => ({ id, status: "skip", messageKey: "skipped" });

/**
 * Decides a request for a COGNITO_USER_POOLS authorizer exactly as API Gateway answers it, and says why.
 *
 * Order (AWS docs "Integrate a REST API with an Amazon Cognito user pool" plus AWS-recorded tests; the relative
 * order of signature and expiry is not observable, so "expired" is only reported for a genuine token):
 * authorizer.configuration → request.auth-header → token.decodable → token.issuer → authorizer.pool-matches-issuer
 * → token.signature → token.not-expired → token.kind-for-scopes → authorizer.identity-validation-expression → token.claims.
 *
 * Every check runs (checks after a failure still run on the unverified claims, for diagnosis), but the decision is
 * the first failure: 500 AUTHORIZER_CONFIGURATION_ERROR for configuration, 401 "The incoming token has expired"
 * for expiry, 401 "Unauthorized" for everything else. `aud`/`client_id`, revocation, `iat` and `nbf` are not
 * checked, as on AWS. Pure: no I/O, time and keys come in.
 *
 * For what a backend receives ($context.authorizer.claims, the Lambda proxy event), pass `claims` to
 * claimsAsStrings (token/claims-as-strings.ts).
 */
export function evaluateCognitoAuthorizer(input: CognitoAuthorizerInput): CognitoAuthorizerResult {
  const findings: Finding[] = [];
  findings.push(checkConfiguration(input.authorizer));
  const headerName = identityHeaderName(input.authorizer?.identitySource) ?? "authorization";
  const header = checkAuthHeader(input.headers, headerName);
  findings.push(header.finding);
  const decoded = header.token === undefined ? undefined : checkDecodable(header.token, input.signatureCache?.get(header.token)?.jwt);
  findings.push(decoded?.finding ?? skipped("token.decodable"));
  const jwt = decoded?.jwt;
  const payload = jwt?.payload;
  const issuer = payload ? checkIssuer(payload, input.issuerPool) : undefined;
  findings.push(issuer?.finding ?? skipped("token.issuer"));
  const poolId = issuer?.poolId;
  const poolMatch = poolId ? checkPoolMatchesIssuer(poolId, input.authorizer?.providerARNs ?? []) : undefined;
  findings.push(poolMatch ?? skipped("authorizer.pool-matches-issuer"));
  // A listed pool whose keys cannot be had (deleted, JWKS unreachable) is the authorizer's fault, not the caller's: 500.
  if (poolId && poolMatch?.status === "pass" && findings[0].status === "pass" && input.poolKnown && !input.poolKnown(poolId))
    findings[0] = unavailablePool(input.authorizer as Authorizer, poolId);
  findings.push(
    jwt && poolId
      ? checkSignature(jwt, poolId, input.keys, input.signatureCache && header.token ? { token: header.token, cache: input.signatureCache } : undefined)
      : skipped("token.signature"),
  );
  findings.push(payload ? checkNotExpired(payload, input.now) : skipped("token.not-expired"));
  findings.push(payload ? checkKindForScopes(payload, input.method?.authorizationScopes) : skipped("token.kind-for-scopes"));
  findings.push(
    payload ? checkIdentityValidation(payload, input.authorizer?.identityValidationExpression) : skipped("authorizer.identity-validation-expression"),
  );
  findings.push(explainClaims(payload));

  const causeIndex = findings.findIndex((f) => f.status === "fail");
  if (causeIndex < 0 && payload) {
    return { decision: "allow", claims: payload, findings };
  }
  if (causeIndex < 0) {
    // Unreachable by construction (no token means a failing header check); fail closed all the same.
    return { decision: "deny", outcome: UNAUTHORIZED, findings };
  }
  const cause = { ...findings[causeIndex], cause: true };
  findings[causeIndex] = cause;
  const outcome = cognitoOutcomeOf(cause);
  return { decision: outcome === CONFIG_ERROR ? "error" : "deny", outcome, findings, cause };
}

/** The gateway response a Cognito authorizer's first failing check leads to. */
export function cognitoOutcomeOf(cause: Finding): GatewayOutcome {
  if (cause.id === "authorizer.configuration") return CONFIG_ERROR;
  return cause.id === "token.not-expired" && cause.messageKey === "expired" ? EXPIRED : UNAUTHORIZED;
}
