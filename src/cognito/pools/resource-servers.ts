import type { CognitoStore } from "../../store/cognito/index.js";
import type { ResourceServerRecord } from "../../store/cognito/records.js";
import { invalidParameter, resourceNotFound } from "../../wire/errors.js";

/** Developer guide quotas: 25 resource servers per user pool. */
export const MAX_RESOURCE_SERVERS_PER_POOL = 25;

export function requireResourceServer(store: CognitoStore, poolId: string, identifier: string): ResourceServerRecord {
  const r = store.resourceServers.get(poolId, identifier);
  // Message inferred.
  if (!r) throw resourceNotFound(`Resource server ${identifier} does not exist.`);
  return r;
}

/** The scopes of a Create/UpdateResourceServer request; each name may appear once (message inferred). */
export function scopesFrom(scopes: { ScopeName: string; ScopeDescription: string }[] | undefined): ResourceServerRecord["Scopes"] {
  const out: ResourceServerRecord["Scopes"] = [];
  for (const s of scopes ?? []) {
    if (out.some((o) => o.ScopeName === s.ScopeName)) throw invalidParameter(`Duplicate scope name: ${s.ScopeName}`);
    out.push({ ScopeName: s.ScopeName, ScopeDescription: s.ScopeDescription });
  }
  return out;
}
