import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { CodePurpose, CodeRow } from "../../store/cognito/codes.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { constantTimeEqual } from "../auth/secret-hash.js";
import type { Delivery } from "./delivery.js";

/** Sign-up confirmation codes are valid for 24 hours (Cognito developer guide, "Signing up and confirming user accounts"). */
export const SIGN_UP_CODE_SECONDS = 24 * 60 * 60;

/**
 * Puts a code Cognito would e-mail or text into the local outbox (GET /_poolgate/codes) and logs it.
 * A confirmation code is logged, as the local stand-in for the message; an invitation carries a temporary
 * password, which goes to the outbox only and is never logged.
 */
export function sendCode(
  s: Pick<Services, "cognito" | "clock" | "log">,
  pool: PoolRecord,
  user: UserRecord,
  purpose: CodePurpose,
  code: string,
  delivery: Delivery | undefined,
  validitySeconds: number,
): void {
  const now = epochSeconds(s.clock);
  s.cognito.codes.insert({
    poolId: pool.Id,
    username: user.Username,
    purpose,
    code,
    destination: delivery?.address ?? null,
    medium: delivery?.details.DeliveryMedium ?? null,
    createdAt: now,
    expiresAt: now + validitySeconds,
  });
  const fields: Record<string, unknown> = { userPoolId: pool.Id, username: user.Username, purpose, medium: delivery?.details.DeliveryMedium ?? null };
  if (purpose === "INVITATION") s.log.info("invitation with temporary password put in the outbox (GET /_poolgate/codes)", fields);
  else s.log.info(`code ${code} sent`, fields);
}

export const codeMismatch = () => new AwsJsonError("CodeMismatchException", "Invalid verification code provided, please try again.");
export const expiredCode = () => new AwsJsonError("ExpiredCodeException", "Invalid code provided, please request a code again.");

/**
 * Checks a code against the newest unused one of that purpose and marks it used. A wrong code is a
 * CodeMismatchException (also when none was ever sent); the right code past its validity an ExpiredCodeException.
 * Returns the row, whose medium says which attribute the code proved.
 */
export function consumeCode(s: Pick<Services, "cognito" | "clock">, pool: PoolRecord, user: UserRecord, purpose: CodePurpose, code: string): CodeRow {
  const row = s.cognito.codes.latest(pool.Id, user.Username, purpose);
  if (!row) throw codeMismatch();
  if (!constantTimeEqual(row.code, code)) throw codeMismatch();
  if (row.expiresAt <= epochSeconds(s.clock)) throw expiredCode();
  s.cognito.codes.markUsed(row.id);
  return row;
}
