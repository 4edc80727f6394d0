import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { attributeValue } from "../users/attributes.js";
import { type Delivery, deliveryTo } from "../users/delivery.js";

type Mechanism = { Name: string; Priority: number };

const verified = (user: UserRecord, name: "email" | "phone_number"): Delivery | undefined => {
  const value = attributeValue(user.Attributes, name);
  return value && attributeValue(user.Attributes, `${name}_verified`) === "true" ? deliveryTo(name, value) : undefined;
};

/**
 * Where ForgotPassword sends its code. With AccountRecoverySetting, the verified channel of highest priority
 * (admin_only means no self-service recovery); without it, the order the ForgotPassword API reference gives:
 * a verified phone number first, then a verified email.
 */
export function recoveryDelivery(pool: PoolRecord, user: UserRecord): Delivery | "admin_only" | undefined {
  const mechanisms = (pool.AccountRecoverySetting?.RecoveryMechanisms as Mechanism[] | undefined) ?? [];
  if (mechanisms.length === 0) return verified(user, "phone_number") ?? verified(user, "email");
  for (const m of [...mechanisms].sort((a, b) => a.Priority - b.Priority)) {
    if (m.Name === "admin_only") return "admin_only";
    const to = verified(user, m.Name === "verified_email" ? "email" : "phone_number");
    if (to) return to;
  }
  return undefined;
}
