import { Model } from "../../wire/validation.js";
import { orderedClient } from "../clients/settings.js";
import { defineOperation } from "../operation.js";
import { requireClient, requirePool } from "../pools/lookup.js";

export const DescribeUserPoolClient = defineOperation({
  name: "DescribeUserPoolClient",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, ClientId: Model.ClientId },
  run(s, req: { UserPoolId: string; ClientId: string }) {
    requirePool(s.cognito, req.UserPoolId);
    return { UserPoolClient: orderedClient(requireClient(s.cognito, req.ClientId, req.UserPoolId)) };
  },
});
