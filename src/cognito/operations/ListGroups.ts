import { int, Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { paginate } from "../pools/pagination.js";

/** Groups by name; Limit 0–60, where 0 or none means 60 (inferred). */
export const ListGroups = defineOperation({
  name: "ListGroups",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Limit: int({ min: 0, max: 60 }), NextToken: str({ min: 1, pattern: "[\\S]+" }) },
  run(s, req: { UserPoolId: string; Limit?: number; NextToken?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const { items, nextToken } = paginate(s.cognito.groups.list(pool.Id), req.Limit || 60, req.NextToken);
    return { Groups: items, ...(nextToken ? { NextToken: nextToken } : {}) };
  },
});
