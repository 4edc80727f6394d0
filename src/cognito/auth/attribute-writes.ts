import type { AttributeType, ClientRecord } from "../../store/cognito/records.js";
import { invalidParameter, notAuthorized } from "../../wire/errors.js";

// Cognito sets the verification flags itself when a user proves a code; a user cannot set them through an app
// client (amazon-cognito-identity-js tells apps to drop email_verified before answering NEW_PASSWORD_REQUIRED
// because the service answers "Cannot modify the non-mutable attribute").
const VERIFICATION_FLAGS = new Set(["email_verified", "phone_number_verified"]);

/**
 * What an app client may write about its signed-in user (UpdateUserAttributes, NEW_PASSWORD_REQUIRED), on top
 * of the schema checks of users/attributes.ts: no verification flags, and only the client's WriteAttributes
 * when it lists any ("A client attempted to write unauthorized attribute").
 */
export function checkClientWrites(client: ClientRecord | undefined, updates: AttributeType[]): void {
  for (const { Name } of updates) {
    if (VERIFICATION_FLAGS.has(Name)) throw invalidParameter(`Cannot modify the non-mutable attribute ${Name}`);
    const writable = client?.WriteAttributes;
    if (writable && writable.length > 0 && !writable.includes(Name)) throw notAuthorized("A client attempted to write unauthorized attribute");
  }
}
