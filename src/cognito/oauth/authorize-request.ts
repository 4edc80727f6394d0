import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { userFlowScopes } from "./scopes.js";

/** A validated /oauth2/authorize (or /login) request. */
export interface AuthorizeRequest {
  pool: PoolRecord;
  client: ClientRecord;
  redirectUri: string;
  responseType: "code" | "token";
  scopes: string[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: "S256";
  /** The query as received, passed on unchanged from /oauth2/authorize to /login and the form actions. */
  query: URLSearchParams;
}

/**
 * Failures, in the two shapes AWS uses: before the redirect URI is trusted, the browser goes to our own
 * /error page (never to the client); after, the error goes back to the client's redirect URI with `state`.
 */
export type AuthorizeFailure =
  | { kind: "error-page"; error: string; clientId?: string }
  | { kind: "redirect"; redirectUri: string; error: string; state?: string };

export type AuthorizeOutcome = { ok: true; request: AuthorizeRequest } | { ok: false; failure: AuthorizeFailure };

const PKCE_CHALLENGE = /^[A-Za-z0-9._~-]{43,128}$/;

/**
 * Checks an authorize request in AWS's order (AWS Developer Guide, "authorization endpoint"): client, redirect URI (exact string
 * match with a registered callback URL), then everything that can be reported to the client.
 */
export function parseAuthorizeRequest(ctx: HostedUiContext, query: URLSearchParams): AuthorizeOutcome {
  const fail = (f: AuthorizeFailure): AuthorizeOutcome => ({ ok: false, failure: f });
  const clientId = query.get("client_id");
  if (!clientId) return fail({ kind: "error-page", error: "invalid_request" });
  const client = ctx.s.cognito.clients.get(clientId);
  const pool = client ? ctx.s.cognito.pools.get(client.UserPoolId) : undefined;
  // A domain serves only its own pool's clients.
  if (!client || !pool || (ctx.domainPool && ctx.domainPool.Id !== pool.Id)) return fail({ kind: "error-page", error: "invalid_request" });

  const redirectUri = query.get("redirect_uri");
  if (!redirectUri || !(client.CallbackURLs ?? []).includes(redirectUri)) return fail({ kind: "error-page", error: "redirect_mismatch", clientId });

  const state = query.get("state") ?? undefined;
  const back = (error: string) => fail({ kind: "redirect", redirectUri, error, state });

  // AllowedOAuthFlowsUserPoolClient defaults to false through the API; such a client cannot use the OAuth endpoints.
  if (!client.AllowedOAuthFlowsUserPoolClient) return back("unauthorized_client");

  const responseType = query.get("response_type");
  // AWS lists only invalid_request, unauthorized_client, invalid_scope and server_error for this endpoint.
  if (responseType !== "code" && responseType !== "token") return back("invalid_request");
  const flow = responseType === "code" ? "code" : "implicit";
  if (!(client.AllowedOAuthFlows ?? []).includes(flow)) return back("unauthorized_client");

  const idp = query.get("identity_provider") ?? query.get("idp_identifier");
  if (idp !== null && idp !== "COGNITO") return back("invalid_request");
  const providers = client.SupportedIdentityProviders;
  if (providers && providers.length > 0 && !providers.includes("COGNITO")) return back("unauthorized_client");

  // PKCE: only S256; a challenge needs its method and a method needs its challenge.
  const method = query.get("code_challenge_method");
  const challenge = query.get("code_challenge");
  if (method !== null || challenge !== null) {
    if (method !== "S256" || !challenge || !PKCE_CHALLENGE.test(challenge)) return back("invalid_request");
  }

  const scopes = userFlowScopes(ctx.s.cognito, pool, client, query.get("scope"));
  if (!scopes.ok) return back(scopes.error);

  return {
    ok: true,
    request: {
      pool,
      client,
      redirectUri,
      responseType,
      scopes: scopes.scopes,
      state,
      nonce: query.get("nonce") ?? undefined,
      codeChallenge: challenge ?? undefined,
      codeChallengeMethod: method === "S256" ? "S256" : undefined,
      query,
    },
  };
}
