import { epochSeconds } from "../../../platform/clock.js";
import { OAuthError } from "../../../wire/errors.js";
import { issueTokens } from "../../tokens/issue.js";
import { hashToken } from "../../tokens/refresh-token.js";
import { tokenResponse } from "./authorization-code.js";
import type { Grant } from "./grant.js";

const invalidGrant = (why: string) => new OAuthError("invalid_grant", 400, why);

/** Clients with only new-style flows must list ALLOW_REFRESH_TOKEN_AUTH to refresh (it is on by default). */
function refreshAllowed(flows: string[]): boolean {
  const modern = flows.filter((f) => f.startsWith("ALLOW_"));
  return modern.length === 0 || modern.includes("ALLOW_REFRESH_TOKEN_AUTH");
}

/**
 * grant_type=refresh_token (DG token-endpoint): new access and ID tokens with the original auth_time and
 * origin_jti, and no new refresh token. The token must be the client's own, live and not revoked.
 * A refresh token from an API sign-in (InitiateAuth) yields API-shaped tokens again.
 */
export const refreshTokenGrant: Grant = {
  grantType: "refresh_token",
  run({ ctx, form, auth }) {
    const { client, pool } = auth;
    const token = form.get("refresh_token");
    if (!token) throw new OAuthError("invalid_request", 400, "refresh_token is missing");
    if (!refreshAllowed(client.ExplicitAuthFlows ?? [])) throw new OAuthError("unauthorized_client", 400, "ALLOW_REFRESH_TOKEN_AUTH is not enabled");
    const row = ctx.s.cognito.tokens.get(hashToken(token));
    if (!row || row.poolId !== pool.Id || row.clientId !== client.ClientId) throw invalidGrant("unknown refresh token, or another client's");
    if (row.revoked || ctx.s.cognito.tokens.isOriginRevoked(row.originJti)) throw invalidGrant("refresh token revoked");
    if (row.expiresAt <= epochSeconds(ctx.s.clock)) throw invalidGrant("refresh token expired");
    const user = ctx.s.cognito.users.get(pool.Id, row.usernameKey);
    if (!user?.Enabled) throw invalidGrant("user no longer exists or is disabled");
    const oauth = row.scope !== null;
    const t = issueTokens(
      { store: ctx.s.cognito, keys: ctx.s.keys, clock: ctx.s.clock, urls: ctx.s.urls },
      {
        pool,
        client,
        user,
        authTime: row.authTime,
        originJti: row.originJti,
        scope: row.scope ?? undefined,
        oauth,
        atHash: oauth,
        withRefreshToken: false,
      },
    );
    return tokenResponse(t);
  },
};
