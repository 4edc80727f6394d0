import { AwsJsonError, invalidParameter } from "../../wire/errors.js";
import { Model, map, struct } from "../../wire/validation.js";
import { checkSecretHash } from "../auth/secret-hash.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";
import { SIGN_UP_CODE_SECONDS, sendCode } from "../users/codes.js";
import { maskDestination, signUpDelivery } from "../users/delivery.js";
import { findUser } from "../users/lookup.js";

/** Sends a fresh sign-up code (the previous one stops working) to the attribute the pool auto-verifies. */
export const ResendConfirmationCode = defineOperation({
  name: "ResendConfirmationCode",
  auth: "none",
  input: {
    ClientId: Model.ClientId,
    SecretHash: Model.SecretHash,
    Username: Model.Username,
    AnalyticsMetadata: struct(),
    UserContextData: struct(),
    ClientMetadata: map(),
  },
  run(s, req: { ClientId: string; SecretHash?: string; Username: string }) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    const user = findUser(s.cognito, pool, req.Username);
    checkSecretHash(client, req.SecretHash, user ? [req.Username, user.Username] : [req.Username]);
    const auto = pool.AutoVerifiedAttributes ?? [];
    if (!user) {
      // PreventUserExistenceErrors=ENABLED: "a response indicating a code was sent to a simulated destination".
      if (client.PreventUserExistenceErrors === "ENABLED") {
        const sms = auto.includes("phone_number") && !auto.includes("email");
        return {
          CodeDeliveryDetails: sms
            ? { Destination: maskDestination("SMS", "+10000000000"), DeliveryMedium: "SMS", AttributeName: "phone_number" }
            : { Destination: maskDestination("EMAIL", `${req.Username.charAt(0)}@${pool.Id.charAt(0)}`), DeliveryMedium: "EMAIL", AttributeName: "email" },
        };
      }
      throw new AwsJsonError("UserNotFoundException", "Username/client id combination not found.");
    }
    if (user.UserStatus === "CONFIRMED") throw invalidParameter("User is already confirmed.");
    if (auto.length === 0) throw invalidParameter("Cannot resend codes. Auto verification not turned on.");
    const delivery = signUpDelivery(pool, user.Attributes);
    if (!delivery) throw invalidParameter("Cannot resend codes. Auto verification not turned on.");
    s.cognito.tx(() => sendCode(s, pool, user, "SIGN_UP", s.ids.confirmationCode(), delivery, SIGN_UP_CODE_SECONDS));
    return { CodeDeliveryDetails: delivery.details };
  },
});
