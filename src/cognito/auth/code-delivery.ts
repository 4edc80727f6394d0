import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { CodePurpose } from "../../store/cognito/codes.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { attr } from "../../store/cognito/records.js";

/** CodeDeliveryDetailsType as AWS returns it. */
export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: "EMAIL" | "SMS";
  AttributeName: "email" | "phone_number";
}

/**
 * Destinations are masked as AWS masks them: "j***@e***.com" for jane@example.com (aws-cli example for
 * forgot-password), "+*******0100" for a phone number (last four digits kept).
 */
export function maskDestination(medium: "EMAIL" | "SMS", value: string): string {
  if (medium === "SMS") return `+${"*".repeat(Math.max(value.length - 5, 0))}${value.slice(-4)}`;
  const at = value.lastIndexOf("@");
  if (at < 1) return "***";
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const tld = dot > 0 ? domain.slice(dot) : "";
  return `${value[0]}***@${domain[0] ?? ""}***${tld}`;
}

/** Where a code for this user would go: `attribute` (email or phone_number) when it is set (and verified, if asked). */
export function destination(user: UserRecord, attribute: "email" | "phone_number", mustBeVerified: boolean): CodeDeliveryDetails | undefined {
  const value = attr(user, attribute);
  if (!value) return undefined;
  if (mustBeVerified && attr(user, `${attribute}_verified`) !== "true") return undefined;
  const medium = attribute === "email" ? "EMAIL" : "SMS";
  return { Destination: maskDestination(medium, value), DeliveryMedium: medium, AttributeName: attribute };
}

/**
 * "Sends" a code: writes it to the local outbox (GET /_poolgate/codes), where AWS would e-mail or text it.
 * Codes are keyed by the internal username.
 */
export function sendCode(
  s: Pick<Services, "cognito" | "clock" | "ids">,
  pool: PoolRecord,
  user: UserRecord,
  purpose: CodePurpose,
  to: CodeDeliveryDetails,
  validitySeconds: number,
): string {
  const code = s.ids.confirmationCode();
  const now = epochSeconds(s.clock);
  s.cognito.codes.insert({
    poolId: pool.Id,
    username: user.Username,
    purpose,
    code,
    destination: attr(user, to.AttributeName) ?? null,
    medium: to.DeliveryMedium,
    createdAt: now,
    expiresAt: now + validitySeconds,
  });
  return code;
}
