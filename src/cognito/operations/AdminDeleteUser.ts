import { epochSeconds } from "../../platform/clock.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser, usernameKey } from "../users/lookup.js";

/** Deletes the user, its group memberships (cascade), its unused codes, and revokes its refresh tokens. */
export const AdminDeleteUser = defineOperation({
  name: "AdminDeleteUser",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Username: Model.Username },
  run(s, req: { UserPoolId: string; Username: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    const key = usernameKey(pool, user.Username);
    s.cognito.tx(() => {
      s.cognito.tokens.revokeUser(pool.Id, key, epochSeconds(s.clock));
      s.cognito.codes.voidAll(pool.Id, user.Username);
      s.cognito.users.delete(pool.Id, key);
    });
    s.log.info("user deleted", { userPoolId: pool.Id, username: user.Username });
    return {};
  },
});
