import type { ClientRecord } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";

export type ExplicitFlow =
  | "ALLOW_USER_PASSWORD_AUTH"
  | "ALLOW_ADMIN_USER_PASSWORD_AUTH"
  | "ALLOW_USER_SRP_AUTH"
  | "ALLOW_REFRESH_TOKEN_AUTH"
  | "ALLOW_CUSTOM_AUTH"
  | "ALLOW_USER_AUTH";

// Legacy ExplicitAuthFlows values (which AWS refuses to mix with ALLOW_*) and the ALLOW_* value each one means.
const LEGACY: Record<string, ExplicitFlow> = {
  USER_PASSWORD_AUTH: "ALLOW_USER_PASSWORD_AUTH",
  ADMIN_NO_SRP_AUTH: "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  CUSTOM_AUTH_FLOW_ONLY: "ALLOW_CUSTOM_AUTH",
};

/**
 * Whether the client allows a flow. A client configured only with legacy values predates the ALLOW_* settings,
 * when SRP and refresh were always available, so both stay enabled for it.
 */
export function flowEnabled(client: ClientRecord, flow: ExplicitFlow): boolean {
  const flows = client.ExplicitAuthFlows ?? [];
  if (flows.includes(flow)) return true;
  if (flows.some((f) => LEGACY[f] === flow)) return true;
  const legacyOnly = flows.length > 0 && flows.every((f) => f in LEGACY);
  return legacyOnly && (flow === "ALLOW_USER_SRP_AUTH" || flow === "ALLOW_REFRESH_TOKEN_AUTH");
}

/**
 * InvalidParameterException when the flow is off. AWS words USER_PASSWORD_AUTH's refusal specially
 * ("USER_PASSWORD_AUTH flow not enabled for this client"); the others read "Auth flow not enabled for this client".
 */
export function requireFlow(client: ClientRecord, flow: ExplicitFlow, message = "Auth flow not enabled for this client"): void {
  if (!flowEnabled(client, flow)) throw invalidParameter(message);
}
