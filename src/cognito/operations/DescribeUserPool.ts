import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";

export const DescribeUserPool = defineOperation({
  name: "DescribeUserPool",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId },
  run(s, req: { UserPoolId: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const domain = s.cognito.domains.forPool(pool.Id);
    return { UserPool: { ...pool, EstimatedNumberOfUsers: s.cognito.users.count(pool.Id), ...(domain ? { Domain: domain.Domain } : {}) } };
  },
});
