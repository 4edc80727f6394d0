import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireGroup } from "../users/groups.js";

/** Deleting a group removes its memberships (the users stay). */
export const DeleteGroup = defineOperation({
  name: "DeleteGroup",
  auth: "iam",
  input: { GroupName: Model.GroupName, UserPoolId: Model.UserPoolId },
  run(s, req: { GroupName: string; UserPoolId: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const group = requireGroup(s.cognito, pool, req.GroupName);
    s.cognito.groups.delete(pool.Id, group.GroupName);
    return {};
  },
});
