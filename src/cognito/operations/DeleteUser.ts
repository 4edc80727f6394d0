import { epochSeconds } from "../../platform/clock.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";
import { usernameKey } from "../users/lookup.js";

/** A user deletes themself; their tokens stop working at Cognito at once. */
export const DeleteUser = defineOperation({
  name: "DeleteUser",
  auth: "none",
  input: { AccessToken: Model.AccessToken },
  run(s, req: { AccessToken: string }) {
    const { pool, user } = verifyAccessToken(s, req.AccessToken);
    const key = usernameKey(pool, user.Username);
    s.cognito.tx(() => {
      s.cognito.tokens.revokeUser(pool.Id, key, epochSeconds(s.clock));
      s.cognito.users.delete(pool.Id, key);
    });
    return {};
  },
});
