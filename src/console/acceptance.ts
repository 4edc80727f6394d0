import { evaluateCognitoAuthorizer } from "../checks/evaluate-cognito-authorizer.js";
import type { Lang } from "../checks/messages/catalogue.js";
import { identityHeaderName } from "../checks/request/auth-header.js";
import { hasStageVariables, substituteStageVariables } from "../grammar/stage-variables.js";
import type { Services } from "../services.js";
import type { Authorizer } from "../shapes/apigateway.js";
import { apigatewayStore } from "../store/apigateway/index.js";
import { renderFinding, type ShownFinding } from "./findings.js";

/** One deployed Cognito-protected method and what its authorizer would answer the token. */
export interface MethodVerdict {
  apiId: string;
  apiName: string;
  stage: string;
  httpMethod: string;
  path: string;
  scopes: string[];
  decision: "allow" | "deny" | "error";
  /** The status the authorizer's answer would carry (200 stands for "passes to the integration"). */
  status: number;
  /** The first failing check, rendered (deny and error only). */
  cause?: ShownFinding;
}

/** Provider ARNs may name the pool through a stage variable, as the gateway resolves them per stage. */
const forStage = (a: Authorizer | undefined, vars: Record<string, string> | undefined): Authorizer | undefined =>
  a?.providerARNs?.some(hasStageVariables) ? { ...a, providerARNs: a.providerARNs.map((arn) => substituteStageVariables(arn, vars)) } : a;

/**
 * Every COGNITO_USER_POOLS method of every stage, judged for `headerValue` (what the client would put in the
 * authorizer's identity header) by the gateway's own evaluation over the stage's frozen deployment, with this
 * server's keys, issuer rule and clock. The console stays offline: pools this server does not hold have no keys
 * here, where the gateway would fetch their JWKS.
 */
export function methodsAccepting(s: Pick<Services, "db" | "keys" | "clock" | "urls">, headerValue: string, lang: Lang): MethodVerdict[] {
  const store = apigatewayStore(s.db);
  const now = Math.floor(s.clock.now() / 1000);
  const out: MethodVerdict[] = [];
  for (const api of store.restApis.list())
    for (const stage of store.stages.list(api.id)) {
      const snapshot = store.deployments.snapshot(api.id, stage.deploymentId);
      if (!snapshot) continue;
      for (const r of [...snapshot.resources].sort((x, y) => x.path.localeCompare(y.path)))
        for (const method of Object.values(r.resourceMethods ?? {})) {
          if (method.authorizationType !== "COGNITO_USER_POOLS") continue;
          const authorizer = forStage(
            snapshot.authorizers.find((a) => a.id === method.authorizerId),
            stage.variables,
          );
          const result = evaluateCognitoAuthorizer({
            headers: { [identityHeaderName(authorizer?.identitySource) ?? "authorization"]: headerValue },
            method,
            authorizer,
            now,
            keys: (poolId, kid) => s.keys.publicKey(poolId, kid),
            issuerPool: (iss) => s.urls.poolIdFromIssuer(iss),
            poolKnown: (poolId) => s.keys.forPool(poolId) !== undefined,
          });
          out.push({
            apiId: api.id,
            apiName: api.name,
            stage: stage.stageName,
            httpMethod: method.httpMethod,
            path: r.path,
            scopes: method.authorizationScopes ?? [],
            decision: result.decision,
            status: result.outcome?.status ?? 200,
            cause: result.cause ? renderFinding(result.cause, lang) : undefined,
          });
        }
    }
  return out;
}
