import { epochSeconds } from "../../platform/clock.js";
import type { AttributeType } from "../../store/cognito/records.js";
import { list, Model, map, str, struct } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser } from "../users/lookup.js";
import { updateAttributes } from "../users/update.js";

export const AdminUpdateUserAttributes = defineOperation({
  name: "AdminUpdateUserAttributes",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    Username: Model.Username,
    UserAttributes: list({ required: true, member: struct({ Name: str({ required: true, min: 1, max: 32 }), Value: str({ max: 2048 }) }) }),
    ClientMetadata: map(),
  },
  run(s, req: { UserPoolId: string; Username: string; UserAttributes: AttributeType[] }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    updateAttributes(s, pool, user, req.UserAttributes, epochSeconds(s.clock));
    return {};
  },
});
