import type { ResourceServerRecord } from "../../store/cognito/records.js";
import { cognitoError, invalidParameter } from "../../wire/errors.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { RESOURCE_SERVER_SHAPE } from "../pools/resource-server-shape.js";
import { MAX_RESOURCE_SERVERS_PER_POOL, scopesFrom } from "../pools/resource-servers.js";

type Request = { UserPoolId: string; Identifier: string; Name: string; Scopes?: { ScopeName: string; ScopeDescription: string }[] };

export const CreateResourceServer = defineOperation({
  name: "CreateResourceServer",
  auth: "iam",
  input: RESOURCE_SERVER_SHAPE,
  run(s, req: Request) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    // Messages inferred.
    if (s.cognito.resourceServers.get(pool.Id, req.Identifier)) throw invalidParameter(`${req.Identifier} already exists in this user pool.`);
    if (s.cognito.resourceServers.list(pool.Id).length >= MAX_RESOURCE_SERVERS_PER_POOL)
      throw cognitoError("LimitExceededException", `A user pool can have at most ${MAX_RESOURCE_SERVERS_PER_POOL} resource servers.`);
    const server: ResourceServerRecord = { UserPoolId: pool.Id, Identifier: req.Identifier, Name: req.Name, Scopes: scopesFrom(req.Scopes) };
    s.cognito.resourceServers.put(server);
    s.log.info("resource server created", { userPoolId: pool.Id, identifier: server.Identifier });
    return { ResourceServer: server };
  },
});
