import { epochSeconds } from "../../../platform/clock.js";
import { OAuthError } from "../../../wire/errors.js";
import { tokenServices } from "../../auth/complete-sign-in.js";
import { issueTokensAfterTrigger } from "../../triggers/pre-token-generation.js";
import { pkceMatches } from "../pkce.js";
import { scopesReadable } from "../scopes.js";
import type { Grant } from "./grant.js";

const invalidGrant = (why: string) => new OAuthError("invalid_grant", 400, why);

/**
 * grant_type=authorization_code (AWS Developer Guide, "token endpoint"): the code is single use and lives 5 minutes, and must be
 * redeemed by the client it was issued to, with the same redirect_uri and (if PKCE was used) the verifier.
 * The code is consumed by the first attempt, whether or not the attempt passes the checks.
 */
export const authorizationCodeGrant: Grant = {
  grantType: "authorization_code",
  async run({ ctx, form, auth }) {
    const { client, pool } = auth;
    if (!client.AllowedOAuthFlowsUserPoolClient || !(client.AllowedOAuthFlows ?? []).includes("code"))
      throw new OAuthError("unauthorized_client", 400, "client is not allowed the code grant");
    const code = form.get("code");
    const redirectUri = form.get("redirect_uri");
    if (!code) throw new OAuthError("invalid_request", 400, "code is missing");
    if (!redirectUri) throw new OAuthError("invalid_request", 400, "redirect_uri is missing");
    const row = ctx.oauth.codes.take(code);
    if (!row) throw invalidGrant("unknown or already used code");
    if (row.expiresAt <= epochSeconds(ctx.s.clock)) throw invalidGrant("code expired (codes live 5 minutes)");
    if (row.clientId !== client.ClientId) throw invalidGrant("code was issued to another client");
    if (row.redirectUri !== redirectUri) throw invalidGrant("redirect_uri differs from the authorize request");
    if (row.codeChallenge) {
      const verifier = form.get("code_verifier");
      if (!verifier || !pkceMatches(row.codeChallenge, verifier)) throw invalidGrant("code_verifier does not match the code_challenge");
    }
    if (!scopesReadable(client, row.scope.split(" "))) throw invalidGrant("a granted scope releases an attribute the client cannot read");
    const user = ctx.s.cognito.users.get(pool.Id, row.usernameKey);
    if (!user?.Enabled) throw invalidGrant("user no longer exists or is disabled");
    const t = await issueTokensAfterTrigger(
      tokenServices(ctx.s),
      { pool, client, user, authTime: row.authTime, scope: row.scope, oauth: true, nonce: row.nonce ?? undefined, withRefreshToken: true },
      "TokenGeneration_HostedAuth",
    );
    return tokenResponse(t);
  },
};

/** Member order as AWS sends it; id_token only when openid was granted, refresh_token only when minted. */
export function tokenResponse(t: { AccessToken: string; IdToken?: string; RefreshToken?: string; ExpiresIn: number }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (t.IdToken) out.id_token = t.IdToken;
  out.access_token = t.AccessToken;
  if (t.RefreshToken) out.refresh_token = t.RefreshToken;
  out.expires_in = t.ExpiresIn;
  out.token_type = "Bearer";
  return out;
}
