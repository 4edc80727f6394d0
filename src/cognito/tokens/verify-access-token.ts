import { decodeJwt, verifyRs256 } from "../../jwt/jwt.js";
import type { Services } from "../../services.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { notAuthorized, userNotFound } from "../../wire/errors.js";
import { usernameKey } from "../users/lookup.js";
import { ADMIN_SCOPE } from "./issue.js";

export interface VerifiedAccessToken {
  pool: PoolRecord;
  user: UserRecord;
  claims: Record<string, unknown>;
}

const invalid = () => notAuthorized("Invalid Access Token");

export type AccessTokenCheck =
  | { ok: true; pool: PoolRecord; claims: Record<string, unknown> }
  | { ok: false; reason: "invalid" | "expired" | "revoked"; detail: string };

/**
 * The checks every consumer of our access tokens makes (Cognito's token-authorized operations, /oauth2/userInfo):
 * a token this server signed with the pool's access key (the pool from `iss`, which must be one of the pool's
 * issuers), `token_use` access, not expired, and its token family not revoked. The signature is checked before
 * any claim is trusted.
 */
export function checkAccessToken(s: Pick<Services, "cognito" | "keys" | "clock" | "urls">, token: string): AccessTokenCheck {
  const no = (reason: "invalid" | "expired" | "revoked", detail: string): AccessTokenCheck => ({ ok: false, reason, detail });
  const jwt = decodeJwt(token);
  if (!jwt) return no("invalid", "not a JWS");
  const iss = typeof jwt.payload.iss === "string" ? jwt.payload.iss : "";
  const poolId = s.urls.poolIdFromIssuer(iss);
  const pool = poolId ? s.cognito.pools.get(poolId) : undefined;
  if (!pool || !s.urls.knownIssuers(pool.Id).includes(iss)) return no("invalid", "issuer is not a pool of this server");
  const keys = s.keys.forPool(pool.Id);
  if (!keys || jwt.header.kid !== keys.access.kid || !verifyRs256(jwt, keys.access.publicKey)) return no("invalid", "signature");
  const c = jwt.payload;
  if (c.token_use !== "access") return no("invalid", "token_use is not access");
  if (typeof c.exp !== "number" || Math.floor(s.clock.now() / 1000) >= c.exp) return no("expired", "expired");
  if (typeof c.origin_jti === "string" && s.cognito.tokens.isOriginRevoked(c.origin_jti)) return no("revoked", "revoked");
  return { ok: true, pool, claims: c };
}

/**
 * How Cognito accepts the AccessToken of GetUser, UpdateUserAttributes, ChangePassword, DeleteUser and
 * GlobalSignOut: checkAccessToken, then the aws.cognito.signin.user.admin scope (OAuth tokens without it are
 * refused with "Access Token does not have required scopes") and a user that still exists and is enabled.
 */
export function verifyAccessToken(s: Pick<Services, "cognito" | "keys" | "clock" | "urls">, token: string): VerifiedAccessToken {
  const checked = checkAccessToken(s, token);
  if (!checked.ok) {
    if (checked.reason === "expired") throw notAuthorized("Access Token has expired");
    if (checked.reason === "revoked") throw notAuthorized("Access Token has been revoked");
    throw invalid();
  }
  const { pool, claims: c } = checked;
  const scopes = typeof c.scope === "string" ? c.scope.split(" ") : [];
  if (!scopes.includes(ADMIN_SCOPE)) throw notAuthorized("Access Token does not have required scopes");
  if (typeof c.username !== "string") throw invalid();
  const user = s.cognito.users.get(pool.Id, usernameKey(pool, c.username));
  // A user deleted and re-created under the same name is someone else: the old tokens name the old sub.
  if (!user || (typeof c.sub === "string" && !user.Attributes.some((a) => a.Name === "sub" && a.Value === c.sub))) throw userNotFound();
  if (!user.Enabled) throw notAuthorized("User is disabled.");
  return { pool, user, claims: c };
}
