import type { Finding } from "../../checks/types.js";

/** The article's numbering (A1–A3, B1–B7, C1–C8) for the check ids that come from it; other ids have none. */
export const ARTICLE_IDS: Record<string, string> = {
  "authorizer.pool-matches-issuer": "A1",
  "api.deployed": "A2",
  "authorizer.test-invoke": "A3",
  "token.not-expired": "B1",
  "token.issuer": "B2",
  "token.decodable": "B3",
  "token.kind-for-scopes": "B4",
  "token.claims": "B5",
  "request.auth-header": "B6",
  "request.resource-policy": "B7",
  "api.resource-policy": "B7",
  "oauth.grant-type": "C1",
  "oauth.callback-url": "C2",
  "oauth.auth-url": "C3",
  "oauth.client-id": "C4",
  "oauth.client-secret": "C5",
  "oauth.scope-openid": "C6",
  "oauth.token-url": "C7",
  "oauth.token-content-type": "C8",
};

/**
 * Findings whose cause is an article item although their check is not: a stage that does not exist, or has no
 * deployment, is the article's A2 ("the API is deployed to the stage you call") seen from the URL's side.
 */
const BY_MESSAGE: Record<string, string> = {
  "request.stage.unknown-stage": "A2",
  "request.stage.no-deployment": "A2",
};

/** The article's number for a finding: by its message where that is more precise, else by its check id. */
export function articleIdOf(f: Pick<Finding, "id" | "messageKey">): string | undefined {
  return BY_MESSAGE[`${f.id}.${f.messageKey}`] ?? ARTICLE_IDS[f.id];
}
