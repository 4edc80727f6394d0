import type { Services } from "../../services.js";
import type { Authorizer, Deployment, Integration, Method, Resource, RestApi, Stage } from "../../shapes/apigateway.js";
import { type ApiGatewayStore, apigatewayStore } from "../../store/apigateway/index.js";
import { apiNotFound, authorizerNotFound, deploymentNotFound, integrationNotFound, methodNotFound, resourceNotFound, stageNotFound } from "./errors.js";

export const apigw = (s: Pick<Services, "db">): ApiGatewayStore => apigatewayStore(s.db);

export function requireApi(s: Pick<Services, "db">, restApiId: string): RestApi {
  const api = apigw(s).restApis.get(restApiId);
  if (!api) throw apiNotFound(restApiId);
  return api;
}

/** Checks the API first, as AWS does: a bad API id wins over a bad resource id. */
export function requireResource(s: Pick<Services, "db">, restApiId: string, resourceId: string): Resource {
  requireApi(s, restApiId);
  const r = apigw(s).resources.get(restApiId, resourceId);
  if (!r) throw resourceNotFound();
  return r;
}

export function requireMethod(s: Pick<Services, "db">, restApiId: string, resourceId: string, httpMethod: string): { resource: Resource; method: Method } {
  const resource = requireResource(s, restApiId, resourceId);
  const method = resource.resourceMethods?.[httpMethod.toUpperCase()];
  if (!method) throw methodNotFound();
  return { resource, method };
}

export function requireIntegration(
  s: Pick<Services, "db">,
  restApiId: string,
  resourceId: string,
  httpMethod: string,
): { resource: Resource; method: Method; integration: Integration } {
  const { resource, method } = requireMethod(s, restApiId, resourceId, httpMethod);
  if (!method.methodIntegration) throw integrationNotFound();
  return { resource, method, integration: method.methodIntegration };
}

export function requireAuthorizer(s: Pick<Services, "db">, restApiId: string, authorizerId: string): Authorizer {
  requireApi(s, restApiId);
  const a = apigw(s).authorizers.get(restApiId, authorizerId);
  if (!a) throw authorizerNotFound();
  return a;
}

export function requireDeployment(s: Pick<Services, "db">, restApiId: string, deploymentId: string): Deployment {
  requireApi(s, restApiId);
  const d = apigw(s).deployments.get(restApiId, deploymentId);
  if (!d) throw deploymentNotFound();
  return d;
}

export function requireStage(s: Pick<Services, "db">, restApiId: string, stageName: string): Stage {
  requireApi(s, restApiId);
  const st = apigw(s).stages.get(restApiId, stageName);
  if (!st) throw stageNotFound();
  return st;
}
