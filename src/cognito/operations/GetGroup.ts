import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { requireGroup } from "../users/groups.js";

export const GetGroup = defineOperation({
  name: "GetGroup",
  auth: "iam",
  input: { GroupName: Model.GroupName, UserPoolId: Model.UserPoolId },
  run(s, req: { GroupName: string; UserPoolId: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    return { Group: requireGroup(s.cognito, pool, req.GroupName) };
  },
});
