import { epochSeconds } from "../../platform/clock.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser, usernameKey } from "../users/lookup.js";

/** GlobalSignOut by an administrator: every refresh token family of the user is revoked. */
export const AdminUserGlobalSignOut = defineOperation({
  name: "AdminUserGlobalSignOut",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Username: Model.Username },
  run(s, req: { UserPoolId: string; Username: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    s.cognito.tokens.revokeUser(pool.Id, usernameKey(pool, user.Username), epochSeconds(s.clock));
    return {};
  },
});
