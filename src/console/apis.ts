import type { Services } from "../services.js";
import type { Authorizer, Method, Resource } from "../shapes/apigateway.js";
import { apigatewayStore } from "../store/apigateway/index.js";
import { deploymentDiff } from "./deployment-diff.js";

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

/** How a method is protected: the one question the console answers about it. */
const authorization = (m: Method, authorizers: Map<string, Authorizer>) => {
  const a = m.authorizerId ? authorizers.get(m.authorizerId) : undefined;
  return {
    httpMethod: m.httpMethod,
    authorizationType: m.authorizationType,
    authorizer: a ? { id: a.id, name: a.name, type: a.type } : m.authorizerId ? { id: m.authorizerId, name: "", type: "" } : undefined,
    scopes: m.authorizationScopes ?? [],
    apiKeyRequired: m.apiKeyRequired,
    integration: m.methodIntegration?.type,
  };
};

/**
 * Every REST API as its control plane holds it now (what the next deployment would freeze), with its deployments
 * and the stages that serve them. Read through the store's repositories.
 */
export function restApisView(s: Pick<Services, "db" | "urls">) {
  const store = apigatewayStore(s.db);
  return {
    apis: store.restApis.list().map((api) => {
      const authorizers = new Map(store.authorizers.list(api.id).map((a) => [a.id, a]));
      const resources = store.resources.list(api.id).sort((x: Resource, y: Resource) => x.path.localeCompare(y.path));
      const live = { api, resources, authorizers: [...authorizers.values()], gatewayResponses: store.gatewayResponses.list(api.id) };
      return {
        id: api.id,
        name: api.name,
        description: api.description,
        created: iso(api.createdDate),
        endpointTypes: api.endpointConfiguration?.types ?? [],
        hasPolicy: Boolean(api.policy),
        apiKeySource: api.apiKeySource ?? "HEADER",
        authorizers: [...authorizers.values()].map((a) => ({
          id: a.id,
          name: a.name,
          type: a.type,
          providerARNs: a.providerARNs ?? [],
          identitySource: a.identitySource,
        })),
        resources: resources.map((r) => ({
          id: r.id,
          path: r.path,
          methods: Object.values(r.resourceMethods ?? {}).map((m) => authorization(m, authorizers)),
        })),
        deployments: store.deployments.list(api.id).map((d) => ({ id: d.id, description: d.description, created: iso(d.createdDate) })),
        stages: store.stages.list(api.id).map((st) => {
          const snapshot = store.deployments.snapshot(api.id, st.deploymentId);
          return {
            name: st.stageName,
            deploymentId: st.deploymentId,
            invokeUrl: s.urls.executeApiByPath(api.id, st.stageName),
            variables: st.variables ?? {},
            updated: iso(st.lastUpdatedDate),
            // What a new deployment would change for this stage (undefined when its deployment is gone).
            pending: snapshot ? deploymentDiff(snapshot, live) : undefined,
          };
        }),
      };
    }),
  };
}
