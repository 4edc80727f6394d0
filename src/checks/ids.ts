/**
 * Every check id poolgate reports, in one table: who runs it (the gateway and the doctor, the doctor alone, or the
 * doctor's OAuth setup reading) and its number in the article's checklist (A1–A3, B1–B7, C1–C8) where it comes
 * from there. `CheckId` is the union of these ids, so a finding cannot carry an id this table lacks.
 */
export const CHECKS = {
  // The gateway's invoke steps, which the doctor runs too (src/apigateway/invoke/pipeline.ts).
  "request.stage": { runner: "gateway" },
  "request.route": { runner: "gateway" },
  "method.authorization-type": { runner: "gateway" },
  "cors.preflight-authorizer": { runner: "gateway" },
  "authorizer.configuration": { runner: "gateway" },
  "request.auth-header": { runner: "gateway", article: "B6" },
  "token.decodable": { runner: "gateway", article: "B3" },
  "token.issuer": { runner: "gateway", article: "B2" },
  "authorizer.pool-matches-issuer": { runner: "gateway", article: "A1" },
  "token.signature": { runner: "gateway" },
  "token.not-expired": { runner: "gateway", article: "B1" },
  "token.kind-for-scopes": { runner: "gateway", article: "B4" },
  "authorizer.identity-validation-expression": { runner: "gateway" },
  "token.claims": { runner: "gateway", article: "B5" },
  "authorizer.lambda": { runner: "gateway" },
  "api.resource-policy": { runner: "gateway", article: "B7" },
  "request.api-key": { runner: "gateway" },
  "cors.gateway-responses": { runner: "gateway" },
  /** The integration step (gateway only: the doctor predicts up to the integration). */
  integration: { runner: "gateway" },
  // What only the doctor can see: the configuration beside the deployment, the product, the answer.
  "api.deployed": { runner: "doctor", article: "A2" },
  "authorizer.test-invoke": { runner: "doctor", article: "A3" },
  "api.product": { runner: "doctor" },
  "api.private-endpoint": { runner: "doctor" },
  "token.input": { runner: "doctor" },
  "token.clock-skew": { runner: "doctor" },
  "token.audience": { runner: "doctor" },
  "request.answer": { runner: "doctor" },
  // The OAuth 2.0 client setup (Postman's OAuth 2.0 tab), checked by `doctor oauth`.
  "oauth.grant-type": { runner: "oauth", article: "C1" },
  "oauth.callback-url": { runner: "oauth", article: "C2" },
  "oauth.auth-url": { runner: "oauth", article: "C3" },
  "oauth.client-id": { runner: "oauth", article: "C4" },
  "oauth.client-secret": { runner: "oauth", article: "C5" },
  "oauth.scope-openid": { runner: "oauth", article: "C6" },
  "oauth.token-url": { runner: "oauth", article: "C7" },
  "oauth.token-content-type": { runner: "oauth", article: "C8" },
} as const satisfies Record<string, { runner: "gateway" | "doctor" | "oauth"; article?: string }>;

export type CheckId = keyof typeof CHECKS;

/** The article's number of a check, or undefined for the causes real reports added. */
export function articleOf(id: CheckId): string | undefined {
  const def = CHECKS[id];
  return "article" in def ? def.article : undefined;
}

/**
 * Findings whose cause is an article item although their check is not: a stage that does not exist, or has no
 * deployment, is the article's A2 ("the API is deployed to the stage you call") seen from the URL's side.
 */
const ARTICLE_BY_MESSAGE: Record<string, string> = {
  "request.stage.unknown-stage": "A2",
  "request.stage.no-deployment": "A2",
};

/** The article's number for a finding: by its message where that is more precise, else by its check id. */
export function articleOfFinding(f: { id: CheckId; messageKey: string }): string | undefined {
  return ARTICLE_BY_MESSAGE[`${f.id}.${f.messageKey}`] ?? articleOf(f.id);
}

/** The ids one runner reports, in table order. */
export const checkIdsOf = (runner: "gateway" | "doctor" | "oauth"): CheckId[] =>
  (Object.keys(CHECKS) as CheckId[]).filter((id) => CHECKS[id].runner === runner);
