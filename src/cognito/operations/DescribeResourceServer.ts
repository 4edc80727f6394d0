import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { ResourceServerIdentifier } from "../pools/resource-server-shape.js";
import { requireResourceServer } from "../pools/resource-servers.js";

export const DescribeResourceServer = defineOperation({
  name: "DescribeResourceServer",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Identifier: ResourceServerIdentifier },
  run(s, req: { UserPoolId: string; Identifier: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    return { ResourceServer: requireResourceServer(s.cognito, pool.Id, req.Identifier) };
  },
});
