import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { mfaConfigOf } from "../pools/mfa-config.js";

/** The pool's MFA mode and factors as SetUserPoolMfaConfig (or CreateUserPool/UpdateUserPool) left them. */
export const GetUserPoolMfaConfig = defineOperation({
  name: "GetUserPoolMfaConfig",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId },
  run(s, req: { UserPoolId: string }) {
    return mfaConfigOf(requirePool(s.cognito, req.UserPoolId));
  },
});
