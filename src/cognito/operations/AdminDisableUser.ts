import { epochSeconds } from "../../platform/clock.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser, usernameKey } from "../users/lookup.js";
import { saveUser, touched } from "../users/save.js";

/**
 * "Deactivates a user profile and revokes all access tokens for the user" (API reference): the user can no
 * longer sign in or refresh, and still appears in ListUsers.
 */
export const AdminDisableUser = defineOperation({
  name: "AdminDisableUser",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Username: Model.Username },
  run(s, req: { UserPoolId: string; Username: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    const now = epochSeconds(s.clock);
    s.cognito.tx(() => {
      saveUser(s.cognito, pool, touched(user, now, { Enabled: false }));
      s.cognito.tokens.revokeUser(pool.Id, usernameKey(pool, user.Username), now);
    });
    return {};
  },
});
