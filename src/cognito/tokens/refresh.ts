import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import { AwsJsonError, notAuthorized } from "../../wire/errors.js";
import { checkSecretHash } from "../auth/secret-hash.js";
import { issueTokensAfterTrigger } from "../triggers/pre-token-generation.js";
import type { TriggerServices } from "../triggers/run-trigger.js";
import type { TokenServices, TokenSet } from "./issue.js";
import { hashToken, looksLikeRefreshToken } from "./refresh-token.js";

export interface RedeemRequest {
  pool: PoolRecord;
  client: ClientRecord;
  token: string;
  /** SECRET_HASH from AuthParameters (REFRESH_TOKEN_AUTH). */
  secretHash?: string;
  /** GetTokensFromRefreshToken authenticates a secret client with ClientSecret instead of SECRET_HASH. */
  clientSecretChecked?: boolean;
  /** GetTokensFromRefreshToken with RefreshTokenRotation ENABLED: mint a new refresh token, retire this one. */
  rotate: boolean;
}

export const invalidRefreshToken = () => notAuthorized("Invalid Refresh Token.");

/** Extra data kept on a refresh token row. */
interface RefreshData {
  /** What the user typed at sign-in, which a SECRET_HASH may have been computed with. */
  typedUsername?: string;
  /** Epoch seconds when rotation replaced this token; it keeps working for the client's grace period. */
  replacedAt?: number;
}

/**
 * Redeems a refresh token for new ID and access tokens, keeping auth_time and origin_jti of the original sign-in
 * (AWS Developer Guide, "Refresh tokens"). A refresh token is bound to the client that obtained it: another
 * client's token is "Invalid Refresh Token." (AWS Knowledge Center, cognito-invalid-refresh-token-error).
 */
export async function redeemRefreshToken(s: TokenServices & TriggerServices, r: RedeemRequest): Promise<TokenSet> {
  if (!looksLikeRefreshToken(r.token)) throw invalidRefreshToken();
  const row = s.store.tokens.get(hashToken(r.token));
  if (!row || row.clientId !== r.client.ClientId || row.poolId !== r.pool.Id) throw invalidRefreshToken();
  const now = Math.floor(s.clock.now() / 1000);
  const data = (row.data ?? {}) as RefreshData;
  if (row.revoked) throw notAuthorized("Refresh Token has been revoked");
  if (data.replacedAt !== undefined && now > data.replacedAt + (r.client.RefreshTokenRotation?.RetryGracePeriodSeconds ?? 0))
    throw notAuthorized("Refresh Token has been revoked");
  if (now >= row.expiresAt) throw notAuthorized("Refresh Token has expired");

  const user = s.store.users.get(row.poolId, row.usernameKey);
  if (!r.clientSecretChecked && r.client.ClientSecret) {
    // Refresh hashes are computed with the internal username (the UUID in email-as-username pools); the name typed
    // at sign-in is accepted too. AWS words a wrong hash here "SecretHash does not match for the client: {id}"
    // (aws-sdk-net-extensions-cognito#75).
    const names = [user?.Username, data.typedUsername].filter((n): n is string => !!n);
    try {
      checkSecretHash(r.client, r.secretHash, names);
    } catch (e) {
      if (e instanceof AwsJsonError && e.message.startsWith("Unable to verify secret hash"))
        throw notAuthorized(`SecretHash does not match for the client: ${r.client.ClientId}`);
      throw e;
    }
  }
  if (!user) throw new AwsJsonError("UserNotFoundException", "User does not exist.");
  if (!user.Enabled) throw notAuthorized("User is disabled.");

  const tokens = await issueTokensAfterTrigger(
    s,
    {
      pool: r.pool,
      client: r.client,
      user,
      authTime: row.authTime,
      originJti: row.originJti,
      scope: row.scope ?? undefined,
      oauth: row.scope !== null,
      withRefreshToken: r.rotate,
      refreshData: data.typedUsername ? { typedUsername: data.typedUsername } : undefined,
    },
    "TokenGeneration_RefreshTokens",
  );
  if (r.rotate && data.replacedAt === undefined) s.store.tokens.setData(row.tokenHash, { ...data, replacedAt: now });
  return tokens;
}
