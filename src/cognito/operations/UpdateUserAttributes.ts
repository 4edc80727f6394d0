import { epochSeconds } from "../../platform/clock.js";
import type { AttributeType, UserRecord } from "../../store/cognito/records.js";
import { attr } from "../../store/cognito/records.js";
import { Model, map } from "../../wire/validation.js";
import { applyAttributes, checkClientWrites } from "../auth/attribute-writes.js";
import { type CodeDeliveryDetails, destination, sendCode } from "../auth/code-delivery.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";
import { usernameKey } from "../users/lookup.js";

/** Attribute verification codes last 24 hours (AWS Developer Guide, "Verifying updates to email addresses and phone numbers"). */
const VERIFY_CODE_SECONDS = 86400;

export const UpdateUserAttributes = defineOperation({
  name: "UpdateUserAttributes",
  auth: "none",
  input: { UserAttributes: { ...Model.AttributeList, required: true }, AccessToken: Model.AccessToken, ClientMetadata: map() },
  run(s, req: { UserAttributes: AttributeType[]; AccessToken: string }) {
    const { pool, user, claims } = verifyAccessToken(s, req.AccessToken);
    const client = typeof claims.client_id === "string" ? s.cognito.clients.get(claims.client_id) : undefined;
    checkClientWrites(pool, client, user, req.UserAttributes);
    let attributes = applyAttributes(user.Attributes, req.UserAttributes);
    // A changed email or phone number is no longer verified; auto-verified ones get a code to verify it.
    const sent: CodeDeliveryDetails[] = [];
    const changed = (name: "email" | "phone_number") =>
      req.UserAttributes.some((u) => u.Name === name) && attr({ Attributes: attributes }, name) !== attr(user, name);
    const next: UserRecord = { ...user, UserLastModifiedDate: epochSeconds(s.clock) };
    for (const name of ["email", "phone_number"] as const) {
      if (!changed(name)) continue;
      attributes = applyAttributes(attributes, [{ Name: `${name}_verified`, Value: attr({ Attributes: attributes }, name) ? "false" : "" }]);
      next.Attributes = attributes;
      const to = pool.AutoVerifiedAttributes?.includes(name) ? destination(next, name, false) : undefined;
      if (to) {
        sendCode(s, pool, next, "VERIFY_ATTRIBUTE", to, VERIFY_CODE_SECONDS);
        sent.push(to);
      }
    }
    next.Attributes = attributes;
    s.cognito.users.put(pool.Id, usernameKey(pool, user.Username), next);
    return { CodeDeliveryDetailsList: sent };
  },
});
