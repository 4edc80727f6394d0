import type { Services } from "../../services.js";
import type { DeploymentSnapshot, Stage } from "../../shapes/apigateway.js";
import { badRequest } from "./errors.js";
import { apigw } from "./lookup.js";
import { compact } from "./methods.js";
import { parseStoredPolicy } from "./policy.js";

/**
 * Freezes the live configuration of an API into what a deployment serves. Refuses what AWS refuses at
 * deployment time: an API without methods, a method without an integration, a method naming an authorizer
 * that no longer exists (observed in CloudFormation/CDK reports and aws/chalice#304).
 */
export function freezeSnapshot(s: Pick<Services, "db">, restApiId: string, deploymentId: string, createdDate: number): DeploymentSnapshot {
  const store = apigw(s);
  const api = store.restApis.get(restApiId);
  if (!api) throw new Error(`no api ${restApiId}`);
  const resources = store.resources.list(restApiId);
  const authorizers = store.authorizers.list(restApiId);
  const authorizerIds = new Set(authorizers.map((a) => a.id));
  let methods = 0;
  for (const r of resources)
    for (const m of Object.values(r.resourceMethods ?? {})) {
      methods++;
      if (!m.methodIntegration) throw badRequest("No integration defined for method");
      if (m.authorizerId && !authorizerIds.has(m.authorizerId)) throw badRequest("Invalid Authorizer identifier specified");
    }
  if (methods === 0) throw badRequest("The REST API doesn't contain any methods");
  return compact({
    restApiId,
    deploymentId,
    createdDate,
    api,
    resources,
    authorizers,
    gatewayResponses: store.gatewayResponses.list(restApiId),
    policyDocument: api.policy ? parseStoredPolicy(api.policy) : undefined,
  });
}

/** Stage names and variables as the AWS model allows them. */
const STAGE_NAME = /^[a-zA-Z0-9_-]+$/;
const VARIABLE_NAME = /^[A-Za-z0-9_]+$/;
const VARIABLE_VALUE = /^[A-Za-z0-9-._~:/?#&=,]+$/;

export function checkStageName(name: string): void {
  if (!STAGE_NAME.test(name) || name.length > 128) throw badRequest("Stage name only allows a-zA-Z0-9_-");
}

export function checkVariables(vars: Record<string, string> | undefined): void {
  for (const [k, v] of Object.entries(vars ?? {})) {
    if (!VARIABLE_NAME.test(k)) throw badRequest(`Stage variable name ${k} must only contain alphanumeric and underscore characters`);
    if (!VARIABLE_VALUE.test(v))
      throw badRequest(`Stage variable value ${v} contains invalid characters. Allowed characters are alphanumerics and -._~:/?#&=,`);
  }
}

/** Stage as the control plane answers it: AWS adds its cache and settings members. */
export function stageWire(st: Stage): Record<string, unknown> {
  const { restApiId: _api, ...rest } = st;
  return { cacheClusterEnabled: false, cacheClusterStatus: "NOT_AVAILABLE", methodSettings: {}, tracingEnabled: false, ...rest };
}
