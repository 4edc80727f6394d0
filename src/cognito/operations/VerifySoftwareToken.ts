import { invalidParameter } from "../../wire/errors.js";
import { str } from "../../wire/validation.js";
import { nextMfaSetupSession, takeMfaSetupSession } from "../auth/mfa-setup-session.js";
import { restoreSession } from "../auth/sessions.js";
import { enableCodeMismatch, noSoftwareToken, saveSoftwareToken } from "../mfa/software-token.js";
import { matchTotp } from "../mfa/totp.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";

/**
 * Proves a secret from AssociateSoftwareToken with a code of the authenticator app, which makes it the user's
 * authenticator. A wrong code is EnableSoftwareTokenMFAException (as AWS answers) and leaves everything as it
 * was, so the user can retry; a correct one answers Status SUCCESS, and in the MFA_SETUP challenge a Session
 * for RespondToAuthChallenge. Turning TOTP MFA on for sign-in is SetUserMFAPreference's job, except in
 * MFA_SETUP, which does it on completion.
 */
export const VerifySoftwareToken = defineOperation({
  name: "VerifySoftwareToken",
  auth: "none",
  input: {
    AccessToken: str({ pattern: "[A-Za-z0-9-_=.]+" }),
    Session: str({ min: 20, max: 2048 }),
    UserCode: str({ required: true, min: 6, max: 6, pattern: "[0-9]+" }),
    FriendlyDeviceName: str({ min: 0, max: 131072 }),
  },
  run(s, req: { AccessToken?: string; Session?: string; UserCode: string; FriendlyDeviceName?: string }) {
    const now = s.clock.now();
    const named = req.FriendlyDeviceName ? { friendlyDeviceName: req.FriendlyDeviceName } : {};
    if (req.AccessToken) {
      const { pool, user } = verifyAccessToken(s, req.AccessToken);
      const token = user.softwareToken;
      if (!token?.pendingSecret) throw noSoftwareToken();
      const step = matchTotp(token.pendingSecret, req.UserCode, now);
      if (step === undefined) throw enableCodeMismatch();
      const { pendingSecret, friendlyDeviceName: _previous, ...kept } = token;
      saveSoftwareToken(s, pool, user, { ...kept, secret: pendingSecret, ...named, lastStep: step });
      return { Status: "SUCCESS" };
    }
    if (!req.Session) throw invalidParameter("Either AccessToken or Session must be provided");
    const setup = takeMfaSetupSession(s, req.Session);
    const secret = setup.extra.secret;
    if (!secret) throw noSoftwareToken();
    const step = matchTotp(secret, req.UserCode, now);
    if (step === undefined) {
      restoreSession(s, req.Session, setup.data);
      throw enableCodeMismatch();
    }
    saveSoftwareToken(s, setup.pool, setup.user, { secret, ...named, lastStep: step });
    return { Status: "SUCCESS", Session: nextMfaSetupSession(s, setup, { verified: true }) };
  },
});
