import { epochSeconds } from "../../platform/clock.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser } from "../users/lookup.js";
import { saveUser, touched } from "../users/save.js";

export const AdminEnableUser = defineOperation({
  name: "AdminEnableUser",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Username: Model.Username },
  run(s, req: { UserPoolId: string; Username: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    saveUser(s.cognito, pool, touched(user, epochSeconds(s.clock), { Enabled: true }));
    return {};
  },
});
