import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { PoolRecord } from "../../store/cognito/records.js";
import { decodeJwt, verifyRs256 } from "../tokens/jwt.js";

export type AccessTokenCheck = { ok: true; pool: PoolRecord; claims: Record<string, unknown> } | { ok: false; reason: string };

/**
 * Verifies an access token we issued: RS256 signature by the pool's access key, token_use, issuer, expiry,
 * and its token family not revoked. The pool comes from the token (iss, else client_id), or must equal
 * `expectedPool` when the endpoint is served on a pool's domain.
 */
export function verifyAccessToken(s: Services, token: string, expectedPool?: PoolRecord): AccessTokenCheck {
  const jwt = decodeJwt(token);
  if (!jwt) return { ok: false, reason: "not a JWS" };
  const p = jwt.payload;
  let poolId = typeof p.iss === "string" ? s.urls.poolIdFromIssuer(p.iss) : undefined;
  if (!poolId && typeof p.client_id === "string") poolId = s.cognito.clients.get(p.client_id)?.UserPoolId;
  const pool = poolId ? s.cognito.pools.get(poolId) : undefined;
  if (!pool || (expectedPool && expectedPool.Id !== pool.Id)) return { ok: false, reason: "token is not from this pool" };
  const keys = s.keys.forPool(pool.Id);
  if (!keys || jwt.header.kid !== keys.access.kid || !verifyRs256(jwt, keys.access.publicKey)) return { ok: false, reason: "signature" };
  if (p.token_use !== "access") return { ok: false, reason: "token_use is not access" };
  if (!s.urls.knownIssuers(pool.Id).includes(String(p.iss))) return { ok: false, reason: "issuer" };
  if (typeof p.exp !== "number" || p.exp <= epochSeconds(s.clock)) return { ok: false, reason: "expired" };
  if (typeof p.origin_jti === "string" && s.cognito.tokens.isOriginRevoked(p.origin_jti)) return { ok: false, reason: "revoked" };
  return { ok: true, pool, claims: p };
}
