import { int, Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { paginate } from "../pools/pagination.js";

export const ListUserPoolClients = defineOperation({
  name: "ListUserPoolClients",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, MaxResults: int({ min: 1, max: 60 }), NextToken: Model.PaginationToken },
  run(s, req: { UserPoolId: string; MaxResults?: number; NextToken?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    // MaxResults is optional here (unlike ListUserPools); 60 is the model's ceiling.
    const page = paginate(s.cognito.clients.listByPool(pool.Id), req.MaxResults ?? 60, req.NextToken);
    return {
      UserPoolClients: page.items.map((c) => ({ ClientId: c.ClientId, UserPoolId: c.UserPoolId, ClientName: c.ClientName })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
});
