import { epochSeconds } from "../../platform/clock.js";
import { AwsJsonError } from "../../wire/errors.js";
import { Model, str } from "../../wire/validation.js";
import { constantTimeEqual } from "../auth/secret-hash.js";
import { defineOperation } from "../operation.js";
import { hashToken, looksLikeRefreshToken } from "../tokens/refresh-token.js";

const unauthorizedClient = () => new AwsJsonError("UnauthorizedException", "Invalid client or secret");

/**
 * Revokes one refresh token and every ID/access token minted from it (its origin_jti family). Needs
 * EnableTokenRevocation on the client (UnsupportedOperationException otherwise). As at /oauth2/revoke
 * (RFC 7009), an unknown or already revoked token is not an error; a token issued to another client is refused.
 */
export const RevokeToken = defineOperation({
  name: "RevokeToken",
  auth: "none",
  input: {
    Token: str({ required: true, pattern: "[A-Za-z0-9-_=.]+" }),
    ClientId: Model.ClientId,
    ClientSecret: str({ min: 1, max: 64, pattern: "[\\w+]+" }),
  },
  run(s, req: { Token: string; ClientId: string; ClientSecret?: string }) {
    const client = s.cognito.clients.get(req.ClientId);
    // "Invalid client or secret" is the message AWS gives a wrong ClientSecret here.
    if (!client) throw unauthorizedClient();
    if (client.ClientSecret && !(req.ClientSecret && constantTimeEqual(req.ClientSecret, client.ClientSecret))) throw unauthorizedClient();
    if (client.EnableTokenRevocation === false) throw new AwsJsonError("UnsupportedOperationException", "Token revocation is not enabled for this client.");
    if (!looksLikeRefreshToken(req.Token)) throw new AwsJsonError("UnsupportedTokenTypeException", "Only refresh tokens can be revoked.");
    const row = s.cognito.tokens.get(hashToken(req.Token));
    if (!row) return {};
    if (row.clientId !== client.ClientId) throw new AwsJsonError("UnauthorizedException", "The token was not issued to this client.");
    s.cognito.tokens.revokeOrigin(row.originJti, epochSeconds(s.clock));
    return {};
  },
});
