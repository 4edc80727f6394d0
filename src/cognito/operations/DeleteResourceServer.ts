import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { ResourceServerIdentifier } from "../pools/resource-server-shape.js";
import { requireResourceServer } from "../pools/resource-servers.js";

export const DeleteResourceServer = defineOperation({
  name: "DeleteResourceServer",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, Identifier: ResourceServerIdentifier },
  run(s, req: { UserPoolId: string; Identifier: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const server = requireResourceServer(s.cognito, pool.Id, req.Identifier);
    s.cognito.resourceServers.delete(pool.Id, server.Identifier);
    s.log.info("resource server deleted", { userPoolId: pool.Id, identifier: server.Identifier });
    return {};
  },
});
