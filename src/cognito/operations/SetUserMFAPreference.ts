import { bool, Model, struct } from "../../wire/validation.js";
import { type MfaPreferenceRequest, setMfaPreference } from "../mfa/software-token.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";

export const MFA_SETTINGS_SHAPE = {
  SMSMfaSettings: struct({ Enabled: bool(), PreferredMfa: bool() }),
  SoftwareTokenMfaSettings: struct({ Enabled: bool(), PreferredMfa: bool() }),
  EmailMfaSettings: struct({ Enabled: bool(), PreferredMfa: bool() }),
  WebAuthnMfaSettings: struct({ Enabled: bool() }),
};

/** The signed-in user turns their MFA factors on or off and picks the preferred one (software token only). */
export const SetUserMFAPreference = defineOperation({
  name: "SetUserMFAPreference",
  auth: "none",
  input: { ...MFA_SETTINGS_SHAPE, AccessToken: Model.AccessToken },
  run(s, req: MfaPreferenceRequest & { AccessToken: string }) {
    const { pool, user } = verifyAccessToken(s, req.AccessToken);
    setMfaPreference(s, pool, user, req);
    return {};
  },
});
