import { invalidParameter } from "../../../wire/errors.js";
import { redeemRefreshToken } from "../../tokens/refresh.js";
import { tokenServices } from "../complete-sign-in.js";
import { requireFlow } from "../explicit-flows.js";
import { requireParameter } from "../parameters.js";
import type { InitiateFlow } from "./types.js";

/**
 * REFRESH_TOKEN_AUTH and its alias REFRESH_TOKEN: new ID and access tokens, no new refresh token.
 * A client with refresh token rotation must use GetTokensFromRefreshToken instead (AWS Developer Guide,
 * "Refresh tokens → Refresh token rotation").
 */
export const refreshTokenAuth: InitiateFlow = async (ctx) => {
  requireFlow(ctx.client, "ALLOW_REFRESH_TOKEN_AUTH");
  if (ctx.client.RefreshTokenRotation?.Feature === "ENABLED")
    throw invalidParameter("Refresh token rotation is enabled for this client, use GetTokensFromRefreshToken.");
  const token = requireParameter(ctx.params, "REFRESH_TOKEN");
  const tokens = await redeemRefreshToken(tokenServices(ctx.s), {
    pool: ctx.pool,
    client: ctx.client,
    token,
    secretHash: ctx.params.SECRET_HASH,
    rotate: false,
  });
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
};
