import { epochSeconds } from "../../platform/clock.js";
import { userNotFound } from "../../wire/errors.js";
import { bool, Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser, usernameKey } from "../users/lookup.js";
import { withPassword } from "../users/password.js";
import { saveUser } from "../users/save.js";

/** Permanent=true makes the user CONFIRMED; false sets a temporary password (FORCE_CHANGE_PASSWORD). */
export const AdminSetUserPassword = defineOperation({
  name: "AdminSetUserPassword",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    Username: Model.Username,
    Password: str({ required: true, max: 256, pattern: "[\\S]+" }),
    Permanent: bool(),
  },
  async run(s, req: { UserPoolId: string; Username: string; Password: string; Permanent?: boolean }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    const now = epochSeconds(s.clock);
    const hashed = await withPassword(pool, user, req.Password, now);
    s.cognito.tx(() => {
      // Re-read: the hash took a while and another request may have changed the user meanwhile.
      const fresh = s.cognito.users.get(pool.Id, usernameKey(pool, user.Username));
      if (!fresh) throw userNotFound();
      saveUser(s.cognito, pool, {
        ...fresh,
        passwordHash: hashed.passwordHash,
        srp: hashed.srp,
        passwordSetAt: hashed.passwordSetAt,
        failedSignIns: 0,
        UserStatus: req.Permanent ? "CONFIRMED" : "FORCE_CHANGE_PASSWORD",
        UserLastModifiedDate: now,
      });
    });
    return {};
  },
});
