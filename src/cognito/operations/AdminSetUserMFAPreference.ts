import { Model } from "../../wire/validation.js";
import { type MfaPreferenceRequest, setMfaPreference } from "../mfa/software-token.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser } from "../users/lookup.js";
import { MFA_SETTINGS_SHAPE } from "./SetUserMFAPreference.js";

/** An administrator sets a user's MFA preferences, with the same rules as SetUserMFAPreference. */
export const AdminSetUserMFAPreference = defineOperation({
  name: "AdminSetUserMFAPreference",
  auth: "iam",
  input: { ...MFA_SETTINGS_SHAPE, Username: Model.Username, UserPoolId: Model.UserPoolId },
  run(s, req: MfaPreferenceRequest & { UserPoolId: string; Username: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    setMfaPreference(s, pool, requireUser(s.cognito, pool, req.Username), req);
    return {};
  },
});
