import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";

export const DescribeUserPool = defineOperation({
  name: "DescribeUserPool",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId },
  run(s, req: { UserPoolId: string }) {
    // Domain/CustomDomain are kept on the pool record by the domain operations.
    const pool = requirePool(s.cognito, req.UserPoolId);
    return { UserPool: { ...pool, EstimatedNumberOfUsers: s.cognito.users.count(pool.Id) } };
  },
});
