import type { Lang } from "../checks/messages/catalogue.js";
import { explainClaims } from "../checks/token/claims.js";
import { checkDecodable } from "../checks/token/decodable.js";
import { checkIssuer } from "../checks/token/issuer.js";
import { checkKindForScopes } from "../checks/token/kind-for-scopes.js";
import { checkNotExpired } from "../checks/token/not-expired.js";
import { checkSignature } from "../checks/token/signature.js";
import type { CheckId, Finding } from "../checks/types.js";
import type { Services } from "../services.js";
import { renderFinding, type ShownFinding } from "./findings.js";

export interface TokenQuestion {
  token: string;
  /** The method's scopes ([] for a method without scopes); omitted when no method is in question. */
  scopes?: string[];
}

export interface TokenAnswer {
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
  /** Epoch seconds the findings were judged at (the server's clock). */
  now: number;
  findings: ShownFinding[];
}

const skipped = (id: CheckId): Finding => ({ id, status: "skip", messageKey: "skipped" });

/**
 * Without the method's scopes there is no method to judge against: say which methods the token suits, as
 * `poolgate doctor token` does without --scopes.
 */
function kindForScopes(payload: Record<string, unknown>, scopes: string[] | undefined): Finding {
  if (scopes !== undefined) return checkKindForScopes(payload, scopes);
  const use = payload.token_use;
  return { id: "token.kind-for-scopes", status: "skip", messageKey: use === "access" ? "suits-access" : use === "id" ? "suits-id" : "skipped" };
}

/**
 * The token checks the gateway runs, on a pasted token: the same pure modules, with this server's keys and
 * clock. Signatures verify only for pools this server holds (no fetch from AWS: the console stays offline).
 */
export function inspectToken(s: Pick<Services, "keys" | "clock" | "urls">, q: TokenQuestion, lang: Lang): TokenAnswer {
  const now = Math.floor(s.clock.now() / 1000);
  const token = q.token.trim().replace(/^Bearer\s+/i, "");
  const decoded = checkDecodable(token);
  const findings: Finding[] = [decoded.finding];
  const payload = decoded.jwt?.payload;
  const issuer = payload ? checkIssuer(payload, (iss) => s.urls.poolIdFromIssuer(iss)) : undefined;
  findings.push(issuer?.finding ?? skipped("token.issuer"));
  const poolId = issuer?.poolId;
  findings.push(decoded.jwt && poolId ? checkSignature(decoded.jwt, poolId, (pool, kid) => s.keys.publicKey(pool, kid)) : skipped("token.signature"));
  findings.push(payload ? checkNotExpired(payload, now) : skipped("token.not-expired"));
  findings.push(payload ? kindForScopes(payload, q.scopes) : skipped("token.kind-for-scopes"));
  findings.push(explainClaims(payload));
  return {
    header: decoded.jwt?.header,
    payload,
    now,
    findings: findings.map((f) => renderFinding(f, lang)),
  };
}
