import type { AttributeType, PoolRecord } from "../../store/cognito/records.js";
import { attributeValue } from "./attributes.js";

/** CodeDeliveryDetailsType as Cognito returns it (Destination masked). */
export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: "EMAIL" | "SMS";
  AttributeName: "email" | "phone_number";
}

/** Where a message really goes (the unmasked address, kept only in the local outbox) and what the caller is told. */
export interface Delivery {
  address: string;
  details: CodeDeliveryDetails;
}

/**
 * Masks a destination the way Cognito does in CodeDeliveryDetails: the first character of the local part
 * and of the domain of an e-mail address ("j***@e***"), the last four digits of a phone number
 * ("+*******4567").
 */
export function maskDestination(medium: "EMAIL" | "SMS", address: string): string {
  if (medium === "EMAIL") {
    const at = address.lastIndexOf("@");
    const local = at > 0 ? address.slice(0, at) : address;
    const domain = at > 0 ? address.slice(at + 1) : "";
    return `${local.charAt(0)}***@${domain.charAt(0)}***`;
  }
  const digits = address.replace(/^\+/, "");
  return `+${"*".repeat(Math.max(digits.length - 4, 0))}${digits.slice(-4)}`;
}

export function deliveryTo(attribute: "email" | "phone_number", address: string): Delivery {
  const medium = attribute === "email" ? "EMAIL" : "SMS";
  return { address, details: { Destination: maskDestination(medium, address), DeliveryMedium: medium, AttributeName: attribute } };
}

/**
 * Where Cognito sends a sign-up confirmation code: to an attribute in the pool's AutoVerifiedAttributes that
 * the user has. When a pool auto-verifies both, the phone number is used. No auto-verified attribute means no
 * code at all: an administrator confirms such users (AdminConfirmSignUp).
 */
export function signUpDelivery(pool: PoolRecord, attrs: AttributeType[]): Delivery | undefined {
  const auto = pool.AutoVerifiedAttributes ?? [];
  const phone = attributeValue(attrs, "phone_number");
  if (auto.includes("phone_number") && phone) return deliveryTo("phone_number", phone);
  const email = attributeValue(attrs, "email");
  if (auto.includes("email") && email) return deliveryTo("email", email);
  return undefined;
}
