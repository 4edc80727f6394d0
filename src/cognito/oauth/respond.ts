import type { ServerResponse } from "node:http";
import { send } from "../../http/exchange.js";
import type { OAuthError } from "../../wire/errors.js";

/** Browsers call the token, userInfo and revoke endpoints from single-page apps (Amplify does). */
export const OAUTH_CORS = { "access-control-allow-origin": "*" };

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

/** `{"error": code}` as AWS sends it, `application/json;charset=UTF-8`; the private cause stays in the log. */
export function sendOAuthError(res: ServerResponse, e: OAuthError): void {
  send(res, e.status, { "content-type": "application/json;charset=UTF-8", ...NO_STORE, ...OAUTH_CORS }, JSON.stringify({ error: e.error }));
}

export function sendOAuthJson(res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void {
  send(res, 200, { "content-type": "application/json;charset=UTF-8", ...NO_STORE, ...OAUTH_CORS, ...headers }, JSON.stringify(body));
}

/** 405 with an empty body (content-length 0), as AWS answers a token request that is not a form POST. */
export function sendMethodNotAllowed(res: ServerResponse, extra: Record<string, string | string[]> = {}): void {
  send(res, 405, { ...OAUTH_CORS, ...extra });
}

/** CORS preflight for the OAuth endpoints. */
export function sendPreflight(res: ServerResponse, methods: string, requestedHeaders: string | undefined): void {
  send(res, 204, {
    ...OAUTH_CORS,
    "access-control-allow-methods": methods,
    "access-control-allow-headers": requestedHeaders ?? "authorization, content-type",
    "access-control-max-age": "86400",
  });
}
