import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireUser } from "../users/lookup.js";
import { adminGetUserView } from "../users/view.js";

export const AdminGetUser = defineOperation({
  name: "AdminGetUser",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Username: Model.Username },
  run(s, req: { UserPoolId: string; Username: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    return adminGetUserView(requireUser(s.cognito, pool, req.Username));
  },
});
