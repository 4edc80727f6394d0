import { epochSeconds } from "../../platform/clock.js";
import { notAuthorized } from "../../wire/errors.js";
import { Model, map, str, struct } from "../../wire/validation.js";
import { checkSecretHash } from "../auth/secret-hash.js";
import { unknownUser } from "../auth/user-state.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";
import { postConfirmation } from "../triggers/post-confirmation.js";
import { codeMismatch, consumeCode } from "../users/codes.js";
import { findUser, usernameKey } from "../users/lookup.js";
import { checkPasswordPolicy, withPassword } from "../users/password.js";

export const ConfirmForgotPassword = defineOperation({
  name: "ConfirmForgotPassword",
  auth: "none",
  input: {
    ClientId: Model.ClientId,
    SecretHash: Model.SecretHash,
    Username: Model.Username,
    ConfirmationCode: str({ required: true, min: 1, max: 2048, pattern: "[\\S]+" }),
    Password: str({ required: true, min: 0, max: 256, pattern: "[\\S]+" }),
    AnalyticsMetadata: struct(),
    UserContextData: struct(),
    ClientMetadata: map(),
  },
  async run(s, req: { ClientId: string; SecretHash?: string; Username: string; ConfirmationCode: string; Password: string }) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    checkSecretHash(client, req.SecretHash, [req.Username]);
    const user = findUser(s.cognito, pool, req.Username);
    if (!user) {
      if (client.PreventUserExistenceErrors === "ENABLED") throw codeMismatch();
      throw unknownUser(client);
    }
    if (!user.Enabled) throw notAuthorized("User is disabled.");
    // The policy is checked before the code is spent, so a weak password does not cost the user their code.
    checkPasswordPolicy(pool.Policies.PasswordPolicy, req.Password);
    consumeCode(s, pool, user, "FORGOT_PASSWORD", req.ConfirmationCode);
    const now = epochSeconds(s.clock);
    const updated = await withPassword(pool, user, req.Password, now);
    // A successful reset confirms a user who was RESET_REQUIRED (AdminResetUserPassword).
    const status = user.UserStatus === "RESET_REQUIRED" ? "CONFIRMED" : user.UserStatus;
    const saved = { ...updated, UserStatus: status, UserLastModifiedDate: now };
    s.cognito.users.put(pool.Id, usernameKey(pool, user.Username), saved);
    await postConfirmation(s, pool, saved, "PostConfirmation_ConfirmForgotPassword", client.ClientId);
    return {};
  },
});
