import { epochSeconds } from "../../platform/clock.js";
import { notAuthorized } from "../../wire/errors.js";
import { Model, map } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { postConfirmation } from "../triggers/post-confirmation.js";
import { requireUser } from "../users/lookup.js";
import { saveUser, touched } from "../users/save.js";

/** Confirms an UNCONFIRMED user without a code. Unlike ConfirmSignUp it verifies no attribute. */
export const AdminConfirmSignUp = defineOperation({
  name: "AdminConfirmSignUp",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Username: Model.Username, ClientMetadata: map() },
  async run(s, req: { UserPoolId: string; Username: string; ClientMetadata?: Record<string, string> }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    if (user.UserStatus !== "UNCONFIRMED") throw notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
    const confirmed = touched(user, epochSeconds(s.clock), { UserStatus: "CONFIRMED" });
    saveUser(s.cognito, pool, confirmed);
    await postConfirmation(s, pool, confirmed, "PostConfirmation_ConfirmSignUp", undefined, req.ClientMetadata);
    return {};
  },
});
