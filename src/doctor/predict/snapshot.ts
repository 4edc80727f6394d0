import type { DeploymentLookup } from "../../apigateway/invoke/state.js";
import type { Authorizer, DeploymentSnapshot, Method, Resource, Stage } from "../../shapes/apigateway.js";
import { type ApiConfig, authorizerOf } from "../inputs/api-config.js";

/**
 * The deployment a stage serves, rebuilt from what the AWS APIs show of it: the paths and methods of the deployment's
 * apiSummary (with authorization type and API key flag), each method's authorizer and scopes from the stage export,
 * and the rest of a method (integration, parameters) from the current configuration. This is the snapshot the
 * gateway's own steps then judge the request against.
 */
export function snapshotOf(config: ApiConfig): DeploymentSnapshot | undefined {
  if (!config.deployed || !config.deployment) return undefined;
  const currentByPath = new Map(config.current.resources.map((r) => [r.path, r]));
  const authorizers = new Map<string, Authorizer>(config.current.authorizers.map((a) => [a.id, a]));
  const idOfName = new Map(config.current.authorizers.map((a) => [a.name, a.id]));
  const resources: Resource[] = [];
  for (const [path, verbs] of Object.entries(config.deployed)) {
    const current = currentByPath.get(path);
    const resourceMethods: Record<string, Method> = {};
    for (const [verb, deployed] of Object.entries(verbs)) {
      const now = current?.resourceMethods?.[verb];
      let authorizerId = now?.authorizerId;
      if (deployed.authorizer) {
        // The deployed definition wins: a change made since has no effect until the next deployment.
        authorizerId = idOfName.get(deployed.authorizer.name) ?? deployed.authorizer.name;
        authorizers.set(authorizerId, authorizerOf(deployed.authorizer, authorizerId));
      }
      resourceMethods[verb] = {
        ...now,
        httpMethod: verb,
        authorizationType: deployed.authorizationType as Method["authorizationType"],
        authorizerId,
        authorizationScopes: deployed.scopes ?? now?.authorizationScopes,
        apiKeyRequired: deployed.apiKeyRequired ?? now?.apiKeyRequired ?? false,
      };
    }
    resources.push({ id: current?.id ?? path, path, resourceMethods });
  }
  const api = config.api;
  return {
    restApiId: config.restApiId,
    deploymentId: config.deployment.id,
    createdDate: 0,
    api: {
      id: config.restApiId,
      name: api?.name ?? config.restApiId,
      createdDate: 0,
      rootResourceId: currentByPath.get("/")?.id ?? "/",
      policy: config.deployedPolicy ?? api?.policy,
      apiKeySource: api?.apiKeySource,
      disableExecuteApiEndpoint: api?.disableExecuteApiEndpoint,
      endpointConfiguration: { types: api?.endpointTypes ?? [] },
    },
    resources,
    authorizers: [...authorizers.values()],
    gatewayResponses: (config.deployedGatewayResponses ?? config.gatewayResponses).filter((g) => !g.defaultResponse),
  };
}

/** The deployment look-up the steps ask for, answered from the configuration the doctor read. */
export function deploymentLookupOf(config: ApiConfig, stageName: string): DeploymentLookup {
  const stage: Stage | undefined = config.stage
    ? {
        restApiId: config.restApiId,
        stageName,
        deploymentId: config.stage.deploymentId ?? "",
        variables: config.stage.variables,
        createdDate: 0,
        lastUpdatedDate: 0,
      }
    : undefined;
  return { apiExists: config.apiExists, stage, snapshot: stage ? snapshotOf(config) : undefined, stages: config.stages };
}
