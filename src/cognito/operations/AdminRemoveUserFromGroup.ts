import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireGroup } from "../users/groups.js";
import { requireUser, usernameKey } from "../users/lookup.js";

/** Removing a user who is not a member is not an error. */
export const AdminRemoveUserFromGroup = defineOperation({
  name: "AdminRemoveUserFromGroup",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Username: Model.Username, GroupName: Model.GroupName },
  run(s, req: { UserPoolId: string; Username: string; GroupName: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const group = requireGroup(s.cognito, pool, req.GroupName);
    const user = requireUser(s.cognito, pool, req.Username);
    s.cognito.groups.removeMember(pool.Id, group.GroupName, usernameKey(pool, user.Username));
    return {};
  },
});
