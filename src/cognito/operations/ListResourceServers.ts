import { int, Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { paginate } from "../pools/pagination.js";

export const ListResourceServers = defineOperation({
  name: "ListResourceServers",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, MaxResults: int({ required: true, min: 1, max: 50 }), NextToken: Model.PaginationToken },
  run(s, req: { UserPoolId: string; MaxResults: number; NextToken?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const page = paginate(s.cognito.resourceServers.list(pool.Id), req.MaxResults, req.NextToken);
    return { ResourceServers: page.items, ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
  },
});
