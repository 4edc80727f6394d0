import { epochSeconds } from "../../platform/clock.js";
import { Model, str } from "../../wire/validation.js";
import { verifyPassword } from "../auth/passwords.js";
import { incorrectCredentials } from "../auth/user-state.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";
import { usernameKey } from "../users/lookup.js";
import { withPassword } from "../users/password.js";

/** The signed-in user changes their password, proving the current one. Existing tokens stay valid, as in AWS. */
export const ChangePassword = defineOperation({
  name: "ChangePassword",
  auth: "none",
  input: {
    PreviousPassword: str({ min: 0, max: 256, pattern: "[\\S]+" }),
    ProposedPassword: str({ required: true, min: 0, max: 256, pattern: "[\\S]+" }),
    AccessToken: Model.AccessToken,
  },
  async run(s, req: { PreviousPassword?: string; ProposedPassword: string; AccessToken: string }) {
    const { pool, user } = verifyAccessToken(s, req.AccessToken);
    if (!(await verifyPassword(user.passwordHash, req.PreviousPassword ?? ""))) throw incorrectCredentials();
    const updated = await withPassword(pool, user, req.ProposedPassword, epochSeconds(s.clock));
    s.cognito.users.put(pool.Id, usernameKey(pool, user.Username), { ...updated, UserLastModifiedDate: epochSeconds(s.clock) });
    return {};
  },
});
