import type { ClientRecord, TimeUnit } from "../../store/cognito/records.js";

const UNIT_SECONDS: Record<TimeUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/**
 * Token lifetimes in seconds from the client's settings. An unset validity means the default (1 h ID/access,
 * 30 days refresh) whatever the unit, and RefreshTokenValidity 0 means 30 days (AWS API reference,
 * CreateUserPoolClient).
 */
export function lifetimes(client: ClientRecord): { id: number; access: number; refresh: number } {
  const u = client.TokenValidityUnits ?? { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" };
  const inSeconds = (value: number | undefined, unit: TimeUnit | undefined, fallback: number) => (value ? value * UNIT_SECONDS[unit ?? "hours"] : fallback);
  return {
    id: inSeconds(client.IdTokenValidity, u.IdToken, 3600),
    access: inSeconds(client.AccessTokenValidity, u.AccessToken, 3600),
    refresh: inSeconds(client.RefreshTokenValidity, u.RefreshToken ?? "days", 30 * 86400),
  };
}

/** AWS's allowed ranges: ID/access 5 min – 1 day, refresh 60 min – 10 years. */
export function validityInRange(client: ClientRecord): boolean {
  const t = lifetimes(client);
  return t.id >= 300 && t.id <= 86400 && t.access >= 300 && t.access <= 86400 && t.refresh >= 3600 && t.refresh <= 3650 * 86400;
}
