import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import { send } from "../../http/exchange.js";
import type { UserRecord } from "../../store/cognito/records.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { isFormEncoded, readForm } from "../hosted-ui/form.js";
import { checkAccessToken } from "../tokens/verify-access-token.js";
import { usernameKey } from "../users/lookup.js";
import { OAUTH_CORS, sendOAuthJson } from "./respond.js";

// Attribute sets per scope (AWS Developer Guide, "userinfo endpoint"); `openid` alone returns every attribute the client can read.
const PROFILE = [
  "name",
  "family_name",
  "given_name",
  "middle_name",
  "nickname",
  "preferred_username",
  "profile",
  "picture",
  "website",
  "gender",
  "birthdate",
  "zoneinfo",
  "locale",
  "updated_at",
];
const EMAIL = ["email", "email_verified"];
const PHONE = ["phone_number", "phone_number_verified"];

/** The claims userInfo returns for the granted scopes: strings, as GetUser returns them, plus `username`. */
export function userInfoClaims(user: UserRecord, scopes: string[], readable: string[] | undefined): Record<string, string> {
  const narrowed = scopes.some((sc) => sc === "profile" || sc === "email" || sc === "phone");
  const wanted = (name: string): boolean => {
    if (readable && readable.length > 0 && !readable.includes(name)) return false;
    if (!narrowed) return true;
    if (scopes.includes("profile") && (PROFILE.includes(name) || name.startsWith("custom:"))) return true;
    if (scopes.includes("email") && EMAIL.includes(name)) return true;
    return scopes.includes("phone") && PHONE.includes(name);
  };
  const out: Record<string, string> = {};
  const sub = user.Attributes.find((a) => a.Name === "sub")?.Value;
  if (sub) out.sub = sub;
  for (const a of user.Attributes) if (a.Name !== "sub" && a.Value !== undefined && wanted(a.Name)) out[a.Name] = a.Value;
  out.username = user.Username;
  return out;
}

const INVALID_TOKEN = 'error="invalid_token", error_description="Access token is expired, disabled, or deleted, or the user has globally signed out."';
const INVALID_REQUEST = 'error="invalid_request", error_description="Bad OAuth2 request at UserInfo Endpoint"';

/**
 * GET|POST /oauth2/userInfo (AWS Developer Guide, "userinfo endpoint"): needs an access token from the OAuth endpoints with
 * `openid`; API sign-in (InitiateAuth) tokens have only aws.cognito.signin.user.admin and are refused.
 */
export async function userInfoEndpoint(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const refuse = (status: number, challenge: string, why: string) => {
    ctx.s.log.debug("userInfo refused", { requestId: info.requestId, why });
    send(res, status, { ...OAUTH_CORS, "www-authenticate": challenge, "access-control-expose-headers": "WWW-Authenticate" });
  };
  let token: string | undefined;
  const header = req.headers.authorization;
  if (header) token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  else if (req.method === "POST" && isFormEncoded(req)) token = (await readForm(req))?.get("access_token") ?? undefined;
  if (!token) {
    refuse(header ? 400 : 401, header ? INVALID_REQUEST : INVALID_TOKEN, "no bearer token");
    return;
  }
  const found = checkAccessToken(ctx.s, token);
  // On a pool's domain, only that pool's tokens.
  const checked = found.ok && ctx.domainPool && ctx.domainPool.Id !== found.pool.Id ? { ok: false as const, detail: "token is not from this pool" } : found;
  if (!checked.ok) {
    refuse(401, INVALID_TOKEN, checked.detail);
    return;
  }
  const scopes = String(checked.claims.scope ?? "").split(" ");
  if (!scopes.includes("openid")) {
    refuse(401, INVALID_TOKEN, "token has no openid scope (tokens from InitiateAuth never do)");
    return;
  }
  const clientId = String(checked.claims.client_id ?? "");
  const client = ctx.s.cognito.clients.get(clientId);
  const user = ctx.s.cognito.users.get(checked.pool.Id, usernameKey(checked.pool, String(checked.claims.username ?? "")));
  if (!client || !user?.Enabled || user.Attributes.find((a) => a.Name === "sub")?.Value !== checked.claims.sub) {
    refuse(401, INVALID_TOKEN, "client or user no longer exists, or user disabled");
    return;
  }
  sendOAuthJson(res, userInfoClaims(user, scopes, client.ReadAttributes));
}
