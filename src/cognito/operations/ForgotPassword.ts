import { AwsJsonError, invalidParameter, notAuthorized } from "../../wire/errors.js";
import { Model, map, struct } from "../../wire/validation.js";
import { recoveryDestination } from "../auth/account-recovery.js";
import { maskDestination, sendCode } from "../auth/code-delivery.js";
import { checkSecretHash } from "../auth/secret-hash.js";
import { unknownUser } from "../auth/user-state.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";
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
      // With PreventUserExistenceErrors=ENABLED, AWS pretends to send a code to an unknown user.
      if (client.PreventUserExistenceErrors === "ENABLED")
        return {
          CodeDeliveryDetails: req.Username.includes("@")
            ? { Destination: maskDestination("EMAIL", req.Username), DeliveryMedium: "EMAIL", AttributeName: "email" }
            : { Destination: maskDestination("EMAIL", `${req.Username}@example.com`), DeliveryMedium: "EMAIL", AttributeName: "email" },
        };
      throw unknownUser(client);
    }
    if (!user.Enabled) throw notAuthorized("User is disabled.");
    if (user.UserStatus === "FORCE_CHANGE_PASSWORD") throw notAuthorized("User password cannot be reset in the current state.");
    const to = recoveryDestination(pool, user);
    if (to === "admin_only") throw new AwsJsonError("NotAuthorizedException", "User password cannot be reset in the current state.");
    if (!to) throw invalidParameter("Cannot reset password for the user as there is no registered/verified email or phone_number");
    sendCode(s, pool, user, "FORGOT_PASSWORD", to, FORGOT_PASSWORD_CODE_SECONDS);
    s.log.info("forgot-password code written to the outbox", { userPoolId: pool.Id, username: user.Username });
    return { CodeDeliveryDetails: to };
  },
});
