import { epochSeconds } from "../../platform/clock.js";
import { list, Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser } from "../users/lookup.js";
import { saveUser } from "../users/save.js";
import { deleteAttributes } from "../users/update.js";

export const AdminDeleteUserAttributes = defineOperation({
  name: "AdminDeleteUserAttributes",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    Username: Model.Username,
    UserAttributeNames: list({ required: true, member: str({ min: 1, max: 32, pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" }) }),
  },
  run(s, req: { UserPoolId: string; Username: string; UserAttributeNames: string[] }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    saveUser(s.cognito, pool, deleteAttributes(pool, user, req.UserAttributeNames, epochSeconds(s.clock)));
    return {};
  },
});
