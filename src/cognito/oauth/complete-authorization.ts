import { epochSeconds } from "../../platform/clock.js";
import type { UserRecord } from "../../store/cognito/records.js";
import { tokenServices } from "../auth/complete-sign-in.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { issueTokensAfterTrigger } from "../triggers/pre-token-generation.js";
import { usernameKey } from "../users/lookup.js";
import type { AuthorizeFailure, AuthorizeRequest } from "./authorize-request.js";

/** Authorization codes live five minutes and are single use (AWS Developer Guide, "token endpoint"). */
export const CODE_SECONDS = 300;

/**
 * The redirect back to the client once the user is signed in: `?code=…&state=…` for the code grant,
 * `#id_token=…&access_token=…&expires_in=…&token_type=Bearer&state=…` for the implicit grant (never a
 * refresh token; id_token only with openid).
 */
export async function completeAuthorization(ctx: HostedUiContext, r: AuthorizeRequest, user: UserRecord, authTime: number): Promise<string> {
  const { urls } = ctx.s;
  if (r.responseType === "code") {
    const code = ctx.s.ids.uuid();
    ctx.oauth.codes.insert({
      code,
      poolId: r.pool.Id,
      clientId: r.client.ClientId,
      usernameKey: usernameKey(r.pool, user.Username),
      redirectUri: r.redirectUri,
      scope: r.scopes.join(" "),
      nonce: r.nonce ?? null,
      codeChallenge: r.codeChallenge ?? null,
      codeChallengeMethod: r.codeChallengeMethod ?? null,
      authTime,
      expiresAt: epochSeconds(ctx.s.clock) + CODE_SECONDS,
    });
    return urls.redirectWithQuery(r.redirectUri, { code, state: r.state });
  }
  const tokens = await issueTokensAfterTrigger(
    tokenServices(ctx.s),
    { pool: r.pool, client: r.client, user, authTime, scope: r.scopes.join(" "), oauth: true, nonce: r.nonce, withRefreshToken: false },
    "TokenGeneration_HostedAuth",
  );
  return urls.redirectWithFragment(r.redirectUri, {
    id_token: tokens.IdToken,
    access_token: tokens.AccessToken,
    expires_in: String(tokens.ExpiresIn),
    token_type: "Bearer",
    state: r.state,
  });
}

/** Where a failed authorize request sends the browser. */
export function failureLocation(ctx: HostedUiContext, f: AuthorizeFailure): string {
  if (f.kind === "redirect") return ctx.s.urls.redirectWithQuery(f.redirectUri, { error: f.error, state: f.state });
  return ctx.s.urls.hostedUi(ctx.origin, "/error", f.clientId ? { error: f.error, client_id: f.clientId } : { error: f.error });
}
