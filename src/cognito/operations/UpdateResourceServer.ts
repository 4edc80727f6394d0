import type { ResourceServerRecord } from "../../store/cognito/records.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { RESOURCE_SERVER_SHAPE } from "../pools/resource-server-shape.js";
import { requireResourceServer, scopesFrom } from "../pools/resource-servers.js";

type Request = { UserPoolId: string; Identifier: string; Name: string; Scopes?: { ScopeName: string; ScopeDescription: string }[] };

/**
 * Replaces the name and the whole scope list (omitted Scopes leaves none), as the API reference warns for
 * updates. App clients keep removed scopes in AllowedOAuthScopes; they are dropped when tokens are issued.
 */
export const UpdateResourceServer = defineOperation({
  name: "UpdateResourceServer",
  auth: "iam",
  input: RESOURCE_SERVER_SHAPE,
  run(s, req: Request) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    requireResourceServer(s.cognito, pool.Id, req.Identifier);
    const server: ResourceServerRecord = { UserPoolId: pool.Id, Identifier: req.Identifier, Name: req.Name, Scopes: scopesFrom(req.Scopes) };
    s.cognito.resourceServers.put(server);
    s.log.info("resource server updated", { userPoolId: pool.Id, identifier: server.Identifier });
    return { ResourceServer: server };
  },
});
