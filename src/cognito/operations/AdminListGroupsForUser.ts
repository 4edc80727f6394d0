import { int, Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { paginate } from "../pools/pagination.js";
import { requireUser, usernameKey } from "../users/lookup.js";

export const AdminListGroupsForUser = defineOperation({
  name: "AdminListGroupsForUser",
  auth: "iam",
  input: { Username: Model.Username, UserPoolId: Model.UserPoolId, Limit: int({ min: 0, max: 60 }), NextToken: str({ min: 1, pattern: "[\\S]+" }) },
  run(s, req: { Username: string; UserPoolId: string; Limit?: number; NextToken?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const user = requireUser(s.cognito, pool, req.Username);
    const { items, nextToken } = paginate(s.cognito.groups.groupsOf(pool.Id, usernameKey(pool, user.Username)), req.Limit || 60, req.NextToken);
    return { Groups: items, ...(nextToken ? { NextToken: nextToken } : {}) };
  },
});
