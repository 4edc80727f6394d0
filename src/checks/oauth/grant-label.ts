import type { GrantType } from "./types.js";

/** Postman's "Grant type" labels and the OAuth 2.0 names, to one grant. PKCE is a variant of the code grant. */
export function parseGrantType(label: string): { grantType: GrantType; pkce: boolean } {
  const k = label
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
  const pkce = /pkce/.test(k);
  if (/^(authorization code|auth code|code)( \(?with pkce\)?| pkce)?$/.test(k)) return { grantType: "authorization_code", pkce };
  if (/^(implicit|authorization implicit|token)$/.test(k)) return { grantType: "implicit", pkce: false };
  if (/^client credentials$/.test(k)) return { grantType: "client_credentials", pkce: false };
  if (/^(password|password credentials|resource owner password credentials)$/.test(k)) return { grantType: "password", pkce: false };
  if (/^refresh token$/.test(k)) return { grantType: "refresh_token", pkce: false };
  return { grantType: "unknown", pkce: false };
}
