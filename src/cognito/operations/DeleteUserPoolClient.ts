import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requireClient, requirePool } from "../pools/lookup.js";

export const DeleteUserPoolClient = defineOperation({
  name: "DeleteUserPoolClient",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, ClientId: Model.ClientId },
  run(s, req: { UserPoolId: string; ClientId: string }) {
    requirePool(s.cognito, req.UserPoolId);
    const client = requireClient(s.cognito, req.ClientId, req.UserPoolId);
    s.cognito.clients.delete(client.ClientId);
    s.log.info("app client deleted", { userPoolId: req.UserPoolId, clientId: client.ClientId });
    return {};
  },
});
