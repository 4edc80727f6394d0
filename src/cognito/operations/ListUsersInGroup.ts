import type { UserRecord } from "../../store/cognito/records.js";
import { int, Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { paginate } from "../pools/pagination.js";
import { requireGroup } from "../users/groups.js";
import { userType } from "../users/view.js";

/** Members in the order they were added, as UserType. */
export const ListUsersInGroup = defineOperation({
  name: "ListUsersInGroup",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, GroupName: Model.GroupName, Limit: int({ min: 0, max: 60 }), NextToken: str({ min: 1, pattern: "[\\S]+" }) },
  run(s, req: { UserPoolId: string; GroupName: string; Limit?: number; NextToken?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const group = requireGroup(s.cognito, pool, req.GroupName);
    const keys = s.cognito.groups.memberKeys(pool.Id, group.GroupName);
    const { items, nextToken } = paginate(keys, req.Limit || 60, req.NextToken);
    const users = items.map((k) => s.cognito.users.get(pool.Id, k)).filter((u): u is UserRecord => u !== undefined);
    return { Users: users.map((u) => userType(u)), ...(nextToken ? { NextToken: nextToken } : {}) };
  },
});
