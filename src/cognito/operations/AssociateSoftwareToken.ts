import { invalidParameter } from "../../wire/errors.js";
import { str } from "../../wire/validation.js";
import { nextMfaSetupSession, takeMfaSetupSession } from "../auth/mfa-setup-session.js";
import { poolOffersSoftwareToken, saveSoftwareToken, softwareTokenNotEnabled } from "../mfa/software-token.js";
import { newTotpSecret } from "../mfa/totp.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";

/**
 * Hands out a new TOTP secret (SecretCode, base32) for the user's authenticator app: for a signed-in user
 * (AccessToken), or during the MFA_SETUP challenge (Session, answered with a new Session for
 * VerifySoftwareToken). The secret is not used for sign-in until VerifySoftwareToken proves it; an authenticator
 * already verified keeps working meanwhile (inferred).
 */
export const AssociateSoftwareToken = defineOperation({
  name: "AssociateSoftwareToken",
  auth: "none",
  input: {
    AccessToken: str({ pattern: "[A-Za-z0-9-_=.]+" }),
    Session: str({ min: 20, max: 2048 }),
  },
  run(s, req: { AccessToken?: string; Session?: string }) {
    const SecretCode = newTotpSecret();
    if (req.AccessToken) {
      const { pool, user } = verifyAccessToken(s, req.AccessToken);
      if (!poolOffersSoftwareToken(pool)) throw softwareTokenNotEnabled();
      saveSoftwareToken(s, pool, user, { ...user.softwareToken, pendingSecret: SecretCode });
      return { SecretCode };
    }
    // Message inferred: AWS requires one of the two ("You can provide either an access token or a session ID").
    if (!req.Session) throw invalidParameter("Either AccessToken or Session must be provided");
    const setup = takeMfaSetupSession(s, req.Session);
    if (!poolOffersSoftwareToken(setup.pool)) throw softwareTokenNotEnabled();
    return { SecretCode, Session: nextMfaSetupSession(s, setup, { secret: SecretCode }) };
  },
});
