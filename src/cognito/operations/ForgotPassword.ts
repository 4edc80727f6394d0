import { invalidParameter, notAuthorized } from "../../wire/errors.js";
import { Model, map, struct } from "../../wire/validation.js";
import { recoveryDelivery } from "../auth/account-recovery.js";
import { checkSecretHash } from "../auth/secret-hash.js";
import { unknownUser } from "../auth/user-state.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";
import { sendCode } from "../users/codes.js";
import { maskDestination } from "../users/delivery.js";
import { findUser } from "../users/lookup.js";

/** Forgot-password codes last one hour (AWS Developer Guide, "Recovering user accounts"). */
export const FORGOT_PASSWORD_CODE_SECONDS = 3600;

export const ForgotPassword = defineOperation({
  name: "ForgotPassword",
  auth: "none",
  input: {
    ClientId: Model.ClientId,
    SecretHash: Model.SecretHash,
    UserContextData: struct(),
    Username: Model.Username,
    AnalyticsMetadata: struct(),
    ClientMetadata: map(),
  },
  run(s, req: { ClientId: string; SecretHash?: string; Username: string }) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    checkSecretHash(client, req.SecretHash, [req.Username]);
    const user = findUser(s.cognito, pool, req.Username);
    if (!user) {
      // With PreventUserExistenceErrors=ENABLED, AWS answers an unknown user as if a code had been e-mailed.
      if (client.PreventUserExistenceErrors === "ENABLED") {
        const address = req.Username.includes("@") ? req.Username : `${req.Username}@example.com`;
        return { CodeDeliveryDetails: { Destination: maskDestination("EMAIL", address), DeliveryMedium: "EMAIL", AttributeName: "email" } };
      }
      throw unknownUser(client);
    }
    if (!user.Enabled) throw notAuthorized("User is disabled.");
    // A user still on a temporary password (AdminCreateUser) cannot reset it; an administrator must.
    if (user.UserStatus === "FORCE_CHANGE_PASSWORD") throw notAuthorized("User password cannot be reset in the current state.");
    const to = recoveryDelivery(pool, user);
    if (to === "admin_only") throw notAuthorized("User password cannot be reset in the current state.");
    if (!to) throw invalidParameter("Cannot reset password for the user as there is no registered/verified email or phone_number");
    sendCode(s, pool, user, "FORGOT_PASSWORD", s.ids.confirmationCode(), to, FORGOT_PASSWORD_CODE_SECONDS);
    return { CodeDeliveryDetails: to.details };
  },
});
