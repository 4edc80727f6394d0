import { createHash, randomUUID } from "node:crypto";
import { signRs256 } from "../../jwt/jwt.js";
import type { Clock } from "../../platform/clock.js";
import type { CognitoStore } from "../../store/cognito/index.js";
import type { ClientRecord, GroupRecord, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import type { Urls } from "../../urls.js";
import type { TokenOverrides } from "../triggers/pre-token-generation.js";
import { usernameKey } from "../users/lookup.js";
import type { KeyRing } from "./keyring.js";
import { hashToken, mintRefreshToken } from "./refresh-token.js";
import { lifetimes } from "./validity.js";

export const ADMIN_SCOPE = "aws.cognito.signin.user.admin";

export interface TokenSet {
  AccessToken: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: "Bearer";
}

export interface IssueRequest {
  pool: PoolRecord;
  client: ClientRecord;
  user: UserRecord;
  /** Epoch seconds of the original sign-in; kept across refreshes. */
  authTime?: number;
  /** Ties tokens to their refresh token; kept across refreshes. */
  originJti?: string;
  /** OAuth flows: granted scopes (space separated). API flows: undefined → aws.cognito.signin.user.admin. */
  scope?: string;
  /** OAuth flows add `version: 2` to the access token and need `openid` for an ID token. */
  oauth?: boolean;
  nonce?: string;
  withRefreshToken: boolean;
  /** Kept with the refresh token (e.g. the name typed at sign-in, which a refresh SECRET_HASH may use). */
  refreshData?: Record<string, unknown>;
  /** The user's groups when the caller already read them (for the trigger); otherwise read here. */
  groupRecords?: GroupRecord[];
  /** What the pool's pre token generation trigger answered (triggers/pre-token-generation.ts). */
  overrides?: TokenOverrides;
}

/** A trigger's suppressions, then its additions (an addition of a suppressed claim wins, as it is applied last). */
function applyClaimChanges(claims: Record<string, unknown>, change: { add: Record<string, unknown>; suppress: string[] } | undefined): void {
  if (!change) return;
  for (const c of change.suppress) delete claims[c];
  Object.assign(claims, change.add);
}

export interface TokenServices {
  store: CognitoStore;
  keys: KeyRing;
  clock: Clock;
  urls: Urls;
}

/** Claims of an ID token from the user's attributes: *_verified as booleans, everything else as strings. */
function attributeClaims(user: UserRecord, readable?: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of user.Attributes) {
    if (a.Name === "sub" || a.Value === undefined) continue;
    if (readable && readable.length > 0 && !readable.includes(a.Name)) continue;
    out[a.Name] = a.Name.endsWith("_verified") ? a.Value === "true" : a.Value;
  }
  return out;
}

/**
 * cognito:roles lists the IAM roles of the user's groups; cognito:preferred_role is the role of the group
 * with the lowest Precedence (AWS Developer Guide, "Adding groups to a user pool").
 */
function roleClaims(groups: GroupRecord[]): Record<string, unknown> {
  const withRoles = groups.filter((g) => g.RoleArn);
  if (withRoles.length === 0) return {};
  const out: Record<string, unknown> = { "cognito:roles": [...new Set(withRoles.map((g) => g.RoleArn))] };
  const ranked = withRoles.filter((g) => g.Precedence !== undefined).sort((a, b) => (a.Precedence ?? 0) - (b.Precedence ?? 0));
  const best = ranked[0] ?? (withRoles.length === 1 ? withRoles[0] : undefined);
  if (best && (ranked.length < 2 || ranked[1]?.Precedence !== best.Precedence)) out["cognito:preferred_role"] = best.RoleArn;
  return out;
}

/** OIDC at_hash: base64url of the left half of the SHA-256 of the access token. */
const atHash = (accessToken: string): string => createHash("sha256").update(accessToken).digest().subarray(0, 16).toString("base64url");

/** Mints ID, access and (optionally) refresh tokens with Cognito's claim sets (docs/fidelity.md). */
export function issueTokens(s: TokenServices, r: IssueRequest): TokenSet {
  const keys = s.keys.forPool(r.pool.Id);
  if (!keys) throw new Error(`no signing keys for pool ${r.pool.Id}`);
  const now = Math.floor(s.clock.now() / 1000);
  const life = lifetimes(r.client);
  const authTime = r.authTime ?? now;
  const originJti = r.originJti ?? randomUUID();
  const eventId = randomUUID();
  const iss = s.urls.issuer(r.pool.Id);
  const sub = r.user.Attributes.find((a) => a.Name === "sub")?.Value ?? "";
  const key = usernameKey(r.pool, r.user.Username);
  const groupRecords = r.groupRecords ?? s.store.groups.groupsOf(r.pool.Id, key);
  const o = r.overrides;
  const groups = o?.groups ?? groupRecords.map((g) => g.GroupName);
  const revocation = r.client.EnableTokenRevocation !== false;
  const scope = r.scope ?? ADMIN_SCOPE;

  const access: Record<string, unknown> = { sub };
  if (groups.length) access["cognito:groups"] = groups;
  Object.assign(access, { iss, client_id: r.client.ClientId });
  if (revocation) access.origin_jti = originJti;
  access.event_id = eventId;
  access.token_use = "access";
  access.scope = o?.access ? accessScope(scope, o.access) : scope;
  access.auth_time = authTime;
  access.exp = now + life.access;
  access.iat = now;
  access.jti = randomUUID();
  access.username = r.user.Username;
  if (r.oauth) access.version = 2;
  applyClaimChanges(access, o?.access);

  const result: TokenSet = { AccessToken: signRs256(access, keys.access.kid, keys.access.privateKey), ExpiresIn: life.access, TokenType: "Bearer" };

  const wantsId = !r.oauth || scope.split(" ").includes("openid");
  if (wantsId) {
    // OIDC: an ID token issued with an access token by the OAuth endpoints carries the access token's hash
    // (first, as in captured hosted-UI ID tokens).
    const id: Record<string, unknown> = r.oauth ? { at_hash: atHash(result.AccessToken) } : {};
    id.sub = sub;
    if (groups.length) id["cognito:groups"] = groups;
    Object.assign(id, roleClaims(groupRecords));
    if (o?.roles) {
      delete id["cognito:roles"];
      if (o.roles.length) id["cognito:roles"] = o.roles;
    }
    if (o?.preferredRole) id["cognito:preferred_role"] = o.preferredRole;
    const attrs = attributeClaims(r.user, r.client.ReadAttributes);
    if ("email_verified" in attrs) id.email_verified = attrs.email_verified;
    id.iss = iss;
    id["cognito:username"] = r.user.Username;
    if (r.nonce !== undefined) id.nonce = r.nonce;
    if (revocation) id.origin_jti = originJti;
    id.aud = r.client.ClientId;
    id.event_id = eventId;
    id.token_use = "id";
    id.auth_time = authTime;
    id.exp = now + life.id;
    id.iat = now;
    id.jti = randomUUID();
    for (const [k, v] of Object.entries(attrs)) if (!(k in id)) id[k] = v;
    applyClaimChanges(id, o?.id);
    result.IdToken = signRs256(id, keys.id.kid, keys.id.privateKey);
  }

  if (r.withRefreshToken) {
    const token = mintRefreshToken();
    s.store.tokens.insert({
      tokenHash: hashToken(token),
      poolId: r.pool.Id,
      clientId: r.client.ClientId,
      usernameKey: key,
      originJti,
      authTime,
      scope: r.scope ?? null,
      expiresAt: now + life.refresh,
      revoked: false,
      data: r.refreshData ?? null,
    });
    result.RefreshToken = token;
  }
  return result;
}

export interface ClientCredentialsRequest {
  pool: PoolRecord;
  client: ClientRecord;
  /** Space-separated custom scopes granted. */
  scope: string;
}

/**
 * The access token of the client_credentials grant: `sub` is the app client id, `version: 2`, custom scopes
 * only, no username/origin_jti/event_id, and no ID or refresh token (AWS Developer Guide, "token endpoint";
 * claim set as observed in real machine-to-machine tokens).
 */
export function issueClientCredentialsToken(s: Omit<TokenServices, "store">, r: ClientCredentialsRequest): TokenSet {
  const keys = s.keys.forPool(r.pool.Id);
  if (!keys) throw new Error(`no signing keys for pool ${r.pool.Id}`);
  const now = Math.floor(s.clock.now() / 1000);
  const life = lifetimes(r.client);
  const access = {
    sub: r.client.ClientId,
    token_use: "access",
    scope: r.scope,
    auth_time: now,
    iss: s.urls.issuer(r.pool.Id),
    exp: now + life.access,
    iat: now,
    version: 2,
    jti: randomUUID(),
    client_id: r.client.ClientId,
  };
  return { AccessToken: signRs256(access, keys.access.kid, keys.access.privateKey), ExpiresIn: life.access, TokenType: "Bearer" };
}

/** The access token's scope after a V2_0 trigger's scopesToAdd and scopesToSuppress. */
function accessScope(granted: string, change: { scopesAdd: string[]; scopesSuppress: string[] }): string {
  const scopes = new Set([...granted.split(" "), ...change.scopesAdd]);
  for (const s of change.scopesSuppress) scopes.delete(s);
  return [...scopes].filter((s) => s !== "").join(" ");
}
