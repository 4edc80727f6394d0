import { int, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { paginate } from "../pools/pagination.js";

export const ListUserPools = defineOperation({
  name: "ListUserPools",
  auth: "iam",
  input: { MaxResults: int({ required: true, min: 1, max: 60 }), NextToken: str({ min: 1, pattern: "[\\S]+" }) },
  run(s, req: { MaxResults: number; NextToken?: string }) {
    const page = paginate(s.cognito.pools.list(), req.MaxResults, req.NextToken);
    return {
      // UserPoolDescriptionType; its Status member is deprecated and AWS no longer fills it.
      UserPools: page.items.map((p) => ({
        Id: p.Id,
        Name: p.Name,
        LambdaConfig: p.LambdaConfig,
        LastModifiedDate: p.LastModifiedDate,
        CreationDate: p.CreationDate,
      })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
});
