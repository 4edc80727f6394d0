import { epochSeconds } from "../../platform/clock.js";
import type { AttributeType } from "../../store/cognito/records.js";
import { Model, map } from "../../wire/validation.js";
import { checkClientWrites } from "../auth/attribute-writes.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";
import { checkAttributes } from "../users/attributes.js";
import { updateAttributes } from "../users/update.js";

/**
 * The signed-in user updates their own attributes. A new email or phone number becomes unverified, and when the
 * pool auto-verifies it a code goes to the outbox; CodeDeliveryDetailsList says where.
 */
export const UpdateUserAttributes = defineOperation({
  name: "UpdateUserAttributes",
  auth: "none",
  input: { UserAttributes: { ...Model.AttributeList, required: true }, AccessToken: Model.AccessToken, ClientMetadata: map() },
  run(s, req: { UserAttributes: AttributeType[]; AccessToken: string }) {
    const { pool, user, claims } = verifyAccessToken(s, req.AccessToken);
    const client = typeof claims.client_id === "string" ? s.cognito.clients.get(claims.client_id) : undefined;
    checkAttributes(pool, req.UserAttributes, "update", user.Attributes);
    checkClientWrites(client, req.UserAttributes);
    const { deliveries } = updateAttributes(s, pool, user, req.UserAttributes, epochSeconds(s.clock));
    return { CodeDeliveryDetailsList: deliveries.map((d) => d.details) };
  },
});
