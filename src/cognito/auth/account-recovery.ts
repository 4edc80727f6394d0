import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { type CodeDeliveryDetails, destination } from "./code-delivery.js";

type Mechanism = { Name: string; Priority: number };

/**
 * Where ForgotPassword sends its code. With AccountRecoverySetting, the verified channel of highest priority
 * (admin_only means no self-service recovery); without it, the legacy order documented for ForgotPassword:
 * a verified phone number first, then a verified email.
 */
export function recoveryDestination(pool: PoolRecord, user: UserRecord): CodeDeliveryDetails | "admin_only" | undefined {
  const mechanisms = (pool.AccountRecoverySetting?.RecoveryMechanisms as Mechanism[] | undefined) ?? [];
  if (mechanisms.length === 0) return destination(user, "phone_number", true) ?? destination(user, "email", true);
  for (const m of [...mechanisms].sort((a, b) => a.Priority - b.Priority)) {
    if (m.Name === "admin_only") return "admin_only";
    const to = destination(user, m.Name === "verified_email" ? "email" : "phone_number", true);
    if (to) return to;
  }
  return undefined;
}
