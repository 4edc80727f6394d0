import type { Services } from "../../services.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { notAuthorized, userNotFound } from "../../wire/errors.js";
import { usernameKey } from "../users/lookup.js";
import { ADMIN_SCOPE } from "./issue.js";
import { decodeJwt, verifyRs256 } from "./jwt.js";

export interface VerifiedAccessToken {
  pool: PoolRecord;
  user: UserRecord;
  claims: Record<string, unknown>;
}

const invalid = () => notAuthorized("Invalid Access Token");

/**
 * How Cognito accepts the AccessToken of GetUser, UpdateUserAttributes, ChangePassword, DeleteUser and
 * GlobalSignOut: a token it signed (the pool comes from `iss`, the key from `kid`), not expired, an access
 * token, carrying the aws.cognito.signin.user.admin scope (OAuth tokens without it are refused with
 * "Access Token does not have required scopes"), and not revoked by RevokeToken or GlobalSignOut
 * ("Access Token has been revoked"). Signature is checked before any claim is trusted.
 */
export function verifyAccessToken(s: Pick<Services, "cognito" | "keys" | "clock" | "urls">, token: string): VerifiedAccessToken {
  const jwt = decodeJwt(token);
  if (!jwt) throw invalid();
  const iss = typeof jwt.payload.iss === "string" ? jwt.payload.iss : "";
  const poolId = s.urls.poolIdFromIssuer(iss);
  const pool = poolId ? s.cognito.pools.get(poolId) : undefined;
  if (!pool || typeof jwt.header.kid !== "string") throw invalid();
  const key = s.keys.publicKey(pool.Id, jwt.header.kid);
  if (!key || !verifyRs256(jwt, key)) throw invalid();
  const c = jwt.payload;
  if (c.token_use !== "access") throw invalid();
  if (typeof c.exp !== "number" || Math.floor(s.clock.now() / 1000) >= c.exp) throw notAuthorized("Access Token has expired");
  if (typeof c.origin_jti === "string" && s.cognito.tokens.isOriginRevoked(c.origin_jti)) throw notAuthorized("Access Token has been revoked");
  const scopes = typeof c.scope === "string" ? c.scope.split(" ") : [];
  if (!scopes.includes(ADMIN_SCOPE)) throw notAuthorized("Access Token does not have required scopes");
  if (typeof c.username !== "string") throw invalid();
  const user = s.cognito.users.get(pool.Id, usernameKey(pool, c.username));
  // A user deleted and re-created under the same name is someone else: the old tokens name the old sub.
  if (!user || (typeof c.sub === "string" && !user.Attributes.some((a) => a.Name === "sub" && a.Value === c.sub))) throw userNotFound();
  if (!user.Enabled) throw notAuthorized("User is disabled.");
  return { pool, user, claims: c };
}
