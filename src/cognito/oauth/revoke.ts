import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import { send } from "../../http/exchange.js";
import { decodeJwt } from "../../jwt/jwt.js";
import { epochSeconds } from "../../platform/clock.js";
import { OAuthError } from "../../wire/errors.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { isFormEncoded, readForm } from "../hosted-ui/form.js";
import { hashToken } from "../tokens/refresh-token.js";
import { authenticateClient } from "./client-auth.js";
import { OAUTH_CORS, sendMethodNotAllowed, sendOAuthError } from "./respond.js";

/**
 * POST /oauth2/revoke (AWS Developer Guide, "revocation endpoint"): revokes a refresh token and every access/ID token minted from
 * it (its origin_jti family). 200 with an empty body on success and for an unknown or already revoked token;
 * 400 invalid_request without `token` or when the client has revocation disabled; 400 unsupported_token_type
 * for an access/ID token; 401 invalid_client for bad client credentials; 400 unauthorized_client for another
 * client's token (poolgate's choice, matching RevokeToken's UnauthorizedException).
 */
export async function revokeEndpoint(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  if (req.method !== "POST" || !isFormEncoded(req)) {
    req.resume();
    sendMethodNotAllowed(res);
    return;
  }
  try {
    const form = await readForm(req);
    if (!form) throw new OAuthError("invalid_request", 400, "body too large");
    const { client, pool } = authenticateClient(ctx.s.cognito, req, form, 401, ctx.domainPool);
    const token = form.get("token");
    if (!token) throw new OAuthError("invalid_request", 400, "token is missing");
    if (client.EnableTokenRevocation === false) throw new OAuthError("invalid_request", 400, "token revocation is disabled for the client");
    if (decodeJwt(token)) throw new OAuthError("unsupported_token_type", 400, "only refresh tokens can be revoked");
    const row = ctx.s.cognito.tokens.get(hashToken(token));
    // Another client's token is refused, as RevokeToken refuses it ("The token was not issued to this client.").
    if (row && (row.poolId !== pool.Id || row.clientId !== client.ClientId)) throw new OAuthError("unauthorized_client", 400, "token issued to another client");
    if (row) ctx.s.cognito.tokens.revokeOrigin(row.originJti, epochSeconds(ctx.s.clock));
    send(res, 200, { ...OAUTH_CORS, "cache-control": "no-store" });
  } catch (e) {
    if (!(e instanceof OAuthError)) throw e;
    ctx.s.log.debug("revoke refused", { requestId: info.requestId, error: e.error, cause: e.description });
    sendOAuthError(res, e);
  }
}
