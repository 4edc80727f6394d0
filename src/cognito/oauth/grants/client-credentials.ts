import { OAuthError } from "../../../wire/errors.js";
import { issueClientCredentialsToken } from "../../tokens/issue.js";
import { clientCredentialsScopes } from "../scopes.js";
import type { Grant } from "./grant.js";

/**
 * grant_type=client_credentials (AWS Developer Guide, "token endpoint"): a confidential client with client_credentials as its
 * OAuth flow gets an access token for custom scopes only; no ID token, no refresh token. A client created
 * through the API without AllowedOAuthFlowsUserPoolClient=true is refused with invalid_grant (observed:
 * aws/aws-sdk-java#3037).
 */
export const clientCredentialsGrant: Grant = {
  grantType: "client_credentials",
  run({ ctx, form, auth }) {
    const { client, pool } = auth;
    if (!auth.withSecret) throw new OAuthError("invalid_client", 400, "client_credentials needs a client with a secret");
    if (!client.AllowedOAuthFlowsUserPoolClient) throw new OAuthError("invalid_grant", 400, "AllowedOAuthFlowsUserPoolClient is false");
    if (!(client.AllowedOAuthFlows ?? []).includes("client_credentials"))
      throw new OAuthError("unauthorized_client", 400, "client is not allowed the client_credentials grant");
    const scopes = clientCredentialsScopes(ctx.s.cognito, pool, client, form.get("scope"));
    if (!scopes.ok) throw new OAuthError(scopes.error, 400, "scope is not one of the client's custom scopes");
    const t = issueClientCredentialsToken({ keys: ctx.s.keys, clock: ctx.s.clock, urls: ctx.s.urls }, { pool, client, scope: scopes.scopes.join(" ") });
    return { access_token: t.AccessToken, expires_in: t.ExpiresIn, token_type: "Bearer" };
  },
};
