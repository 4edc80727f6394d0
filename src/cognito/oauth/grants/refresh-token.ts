import { AwsJsonError, OAuthError } from "../../../wire/errors.js";
import { tokenServices } from "../../auth/complete-sign-in.js";
import { redeemRefreshToken } from "../../tokens/refresh.js";
import { tokenResponse } from "./authorization-code.js";
import type { Grant } from "./grant.js";

/** Clients with only new-style flows must list ALLOW_REFRESH_TOKEN_AUTH to refresh (it is on by default). */
function refreshAllowed(flows: string[], rotating: boolean): boolean {
  const modern = flows.filter((f) => f.startsWith("ALLOW_"));
  return rotating || modern.length === 0 || modern.includes("ALLOW_REFRESH_TOKEN_AUTH");
}

/**
 * grant_type=refresh_token (AWS Developer Guide, "token endpoint"): new access and ID tokens with the original auth_time and
 * origin_jti, and no new refresh token unless the client rotates refresh tokens. The same redemption as the
 * API's REFRESH_TOKEN_AUTH (the token must be the client's own, live and not revoked); its refusals are
 * `invalid_grant` here. A refresh token from an API sign-in yields API-shaped tokens again.
 */
export const refreshTokenGrant: Grant = {
  grantType: "refresh_token",
  async run({ ctx, form, auth }) {
    const { client, pool } = auth;
    const token = form.get("refresh_token");
    if (!token) throw new OAuthError("invalid_request", 400, "refresh_token is missing");
    const rotate = client.RefreshTokenRotation?.Feature === "ENABLED";
    if (!refreshAllowed(client.ExplicitAuthFlows ?? [], rotate)) throw new OAuthError("unauthorized_client", 400, "ALLOW_REFRESH_TOKEN_AUTH is not enabled");
    try {
      const t = await redeemRefreshToken(tokenServices(ctx.s), { pool, client, token, clientSecretChecked: true, rotate });
      return tokenResponse(t);
    } catch (e) {
      if (e instanceof AwsJsonError) throw new OAuthError("invalid_grant", 400, e.message);
      throw e;
    }
  },
};
