import type { CognitoStore } from "../../store/cognito/index.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";

/** Scopes Cognito reserves (AWS Developer Guide, "authorization endpoint"). */
export const SYSTEM_SCOPES = ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"];
/** These three only make sense with openid ("can only be requested together with openid"). */
const NEEDS_OPENID = ["email", "phone", "profile"];

export type ScopeResult = { ok: true; scopes: string[] } | { ok: false; error: "invalid_scope" };

/** `{identifier}/{name}` scopes that exist on one of the pool's resource servers right now. */
export function existingCustomScopes(store: CognitoStore, poolId: string): Set<string> {
  const out = new Set<string>();
  for (const rs of store.resourceServers.list(poolId)) for (const sc of rs.Scopes ?? []) out.add(`${rs.Identifier}/${sc.ScopeName}`);
  return out;
}

const split = (raw: string | null): string[] => [...new Set((raw ?? "").split(/\s+/).filter(Boolean))];

/**
 * Scopes for a user flow (code / implicit). No `scope` parameter means all of the client's AllowedOAuthScopes.
 * A scope the client is not allowed, or email/phone/profile without openid, is `invalid_scope` (AWS documents
 * both "ignored" and "an error is returned"; the error is the stricter reading). Allowed custom scopes whose
 * resource server scope has since been deleted are dropped silently, as AWS does.
 */
export function userFlowScopes(store: CognitoStore, pool: PoolRecord, client: ClientRecord, requested: string | null): ScopeResult {
  const allowed = client.AllowedOAuthScopes ?? [];
  const wanted = requested === null || requested.trim() === "" ? [...allowed] : split(requested);
  if (wanted.some((sc) => !allowed.includes(sc))) return { ok: false, error: "invalid_scope" };
  if (requested !== null && wanted.some((sc) => NEEDS_OPENID.includes(sc)) && !wanted.includes("openid")) return { ok: false, error: "invalid_scope" };
  const custom = existingCustomScopes(store, pool.Id);
  const scopes = wanted.filter((sc) => SYSTEM_SCOPES.includes(sc) || custom.has(sc));
  return { ok: true, scopes };
}

/**
 * Scopes for client_credentials: custom scopes only; none requested means every custom scope the client is
 * allowed (AWS Developer Guide, "token endpoint"). openid and the other reserved scopes are refused.
 */
export function clientCredentialsScopes(store: CognitoStore, pool: PoolRecord, client: ClientRecord, requested: string | null): ScopeResult {
  const custom = existingCustomScopes(store, pool.Id);
  const allowedCustom = (client.AllowedOAuthScopes ?? []).filter((sc) => custom.has(sc));
  const wanted = requested === null || requested.trim() === "" ? allowedCustom : split(requested);
  if (wanted.length === 0 || wanted.some((sc) => !allowedCustom.includes(sc))) return { ok: false, error: "invalid_scope" };
  return { ok: true, scopes: wanted };
}

/** Attributes each standard scope releases; the client must be able to read all of them. */
const SCOPE_ATTRIBUTES: Record<string, string[]> = { email: ["email", "email_verified"], phone: ["phone_number", "phone_number_verified"] };

/**
 * AWS refuses the code exchange (`invalid_grant`) when a granted scope releases an attribute the client
 * cannot read, e.g. `email` with `email` readable but not `email_verified` (AWS Developer Guide, "token endpoint").
 * No ReadAttributes means every attribute is readable.
 */
export function scopesReadable(client: ClientRecord, scopes: string[]): boolean {
  const readable = client.ReadAttributes;
  if (!readable || readable.length === 0) return true;
  return scopes.every((sc) => (SCOPE_ATTRIBUTES[sc] ?? []).every((a) => readable.includes(a)));
}
