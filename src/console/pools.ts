import type { Services } from "../services.js";
import type { ClientRecord, PoolRecord, UserRecord } from "../store/cognito/records.js";

/** Users listed per pool: the console is for looking, ListUsers is for paging through thousands. */
const USERS_SHOWN = 200;

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

/** An app client without its secret: the console shows only whether it has one. */
const client = (c: ClientRecord) => ({
  clientId: c.ClientId,
  name: c.ClientName,
  hasSecret: c.ClientSecret !== undefined,
  explicitAuthFlows: c.ExplicitAuthFlows,
  allowedOAuthFlows: c.AllowedOAuthFlows ?? [],
  allowedOAuthScopes: c.AllowedOAuthScopes ?? [],
  callbackUrls: c.CallbackURLs ?? [],
  logoutUrls: c.LogoutURLs ?? [],
  created: iso(c.CreationDate),
});

/** A user without password hash, SRP verifier or TOTP secret. */
const user = (u: UserRecord, groups: string[]) => ({
  username: u.Username,
  status: u.UserStatus,
  enabled: u.Enabled,
  attributes: u.Attributes.map((a) => [a.Name, a.Value ?? ""] as [string, string]),
  groups,
  softwareTokenMfa: u.softwareToken !== undefined,
  created: iso(u.UserCreateDate),
});

/** Every user pool with what hangs off it, read through the store's repositories; nothing secret leaves. */
export function userPoolsView(s: Pick<Services, "cognito" | "urls">) {
  const c = s.cognito;
  return {
    pools: c.pools.list().map((p: PoolRecord) => {
      const domain = c.domains.forPool(p.Id);
      const groupsOf = new Map<string, string[]>();
      // Member keys are lower-cased in case-insensitive pools; names are compared so.
      for (const g of c.groups.list(p.Id))
        for (const key of c.groups.memberKeys(p.Id, g.GroupName)) groupsOf.set(key.toLowerCase(), [...(groupsOf.get(key.toLowerCase()) ?? []), g.GroupName]);
      return {
        id: p.Id,
        name: p.Name,
        arn: p.Arn,
        issuer: s.urls.issuer(p.Id),
        mfa: p.MfaConfiguration,
        usernameAttributes: p.UsernameAttributes ?? [],
        triggers: Object.keys(p.LambdaConfig ?? {}),
        created: iso(p.CreationDate),
        userCount: c.users.count(p.Id),
        users: c.users.page(p.Id, 0, USERS_SHOWN).map(({ user: u }) => user(u, groupsOf.get(u.Username.toLowerCase()) ?? [])),
        clients: c.clients.listByPool(p.Id).map(client),
        domain: domain
          ? { domain: domain.Domain, status: domain.Status, url: s.urls.hostedUiDomainBase(domain.Domain, p.Id.split("_")[0] as string) }
          : undefined,
        resourceServers: c.resourceServers.list(p.Id).map((r) => ({ identifier: r.Identifier, name: r.Name, scopes: r.Scopes.map((x) => x.ScopeName) })),
        codes: c.codes.list({ poolId: p.Id }).map((code) => ({
          username: code.username,
          purpose: code.purpose,
          code: code.code,
          destination: code.destination,
          created: iso(code.createdAt),
          expires: iso(code.expiresAt),
          used: code.used,
        })),
      };
    }),
  };
}
