import type { ClientRecord, TimeUnit } from "../../store/cognito/records.js";

const UNIT_SECONDS: Record<TimeUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** Token lifetimes in seconds from the client's settings (defaults 1 h / 1 h / 30 days). */
export function lifetimes(client: ClientRecord): { id: number; access: number; refresh: number } {
  const u = client.TokenValidityUnits;
  return {
    id: (client.IdTokenValidity ?? 1) * UNIT_SECONDS[u.IdToken] || 3600,
    access: (client.AccessTokenValidity ?? 1) * UNIT_SECONDS[u.AccessToken] || 3600,
    refresh: (client.RefreshTokenValidity || 30) * UNIT_SECONDS[u.RefreshToken],
  };
}

/** AWS's allowed ranges: ID/access 5 min – 1 day, refresh 60 min – 10 years. */
export function validityInRange(client: ClientRecord): boolean {
  const t = lifetimes(client);
  return t.id >= 300 && t.id <= 86400 && t.access >= 300 && t.access <= 86400 && t.refresh >= 3600 && t.refresh <= 3650 * 86400;
}
