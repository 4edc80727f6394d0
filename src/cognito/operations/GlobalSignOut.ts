import { epochSeconds } from "../../platform/clock.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";
import { usernameKey } from "../users/lookup.js";

/** Revokes every refresh token family of the user, and with them the access tokens Cognito's APIs would accept. */
export const GlobalSignOut = defineOperation({
  name: "GlobalSignOut",
  auth: "none",
  input: { AccessToken: Model.AccessToken },
  run(s, req: { AccessToken: string }) {
    const { pool, user } = verifyAccessToken(s, req.AccessToken);
    s.cognito.tokens.revokeUser(pool.Id, usernameKey(pool, user.Username), epochSeconds(s.clock));
    return {};
  },
});
