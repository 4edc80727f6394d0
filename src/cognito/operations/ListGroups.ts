import { int, Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { paginate } from "../pools/pagination.js";

/** Groups by name; Limit 1–60, default 60. */
export const ListGroups = defineOperation({
  name: "ListGroups",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Limit: int({ min: 1, max: 60 }), NextToken: str({ min: 1, pattern: "[\\S]+" }) },
  run(s, req: { UserPoolId: string; Limit?: number; NextToken?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const { items, nextToken } = paginate(s.cognito.groups.list(pool.Id), req.Limit ?? 60, req.NextToken);
    return { Groups: items, ...(nextToken ? { NextToken: nextToken } : {}) };
  },
});
