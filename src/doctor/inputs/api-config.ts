import {
  type APIGatewayClient,
  GetAuthorizersCommand,
  GetDeploymentCommand,
  GetExportCommand,
  GetGatewayResponsesCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetStageCommand,
  GetStagesCommand,
} from "@aws-sdk/client-api-gateway";
import type { Authorizer, GatewayResponse, Method, Resource } from "../../shapes/apigateway.js";
import { VERB_KEYS } from "../../wire/openapi-verbs.js";
import { type AwsTarget, awsCall, awsErrorName } from "../aws/target.js";

/** A method as a deployment serves it. `authorizer` and `scopes` are known only when the stage export is available. */
export interface DeployedMethod {
  authorizationType: string;
  apiKeyRequired?: boolean;
  scopes?: string[];
  /** The method's authorizer as the deployment froze it (stage export). */
  authorizer?: DeployedAuthorizer;
}

/** An authorizer as a stage export shows it (x-amazon-apigateway-authorizer on its security scheme). */
export interface DeployedAuthorizer {
  name: string;
  type: Authorizer["type"];
  providerARNs: string[];
  headerName?: string;
  identitySource?: string;
  authorizerUri?: string;
  authorizerResultTtlInSeconds?: number;
  identityValidationExpression?: string;
}

/**
 * An API's configuration, read only through the API Gateway API (so it works against AWS and poolgate alike):
 * the deployed view (GetStage → GetDeployment embed=apisummary, GetExport of the stage) and the current one
 * (GetResources embed=methods, GetAuthorizers, GetGatewayResponses, GetRestApi).
 */
export interface ApiConfig {
  restApiId: string;
  apiExists: boolean;
  api?: {
    name?: string;
    policy?: string;
    endpointTypes: string[];
    vpcEndpointIds: string[];
    disableExecuteApiEndpoint: boolean;
    /** Where API keys come from: HEADER (x-api-key, the default) or AUTHORIZER. */
    apiKeySource?: string;
  };
  stages: string[];
  stage?: { name: string; deploymentId?: string; variables: Record<string, string>; lastUpdatedDate?: Date };
  deployment?: { id: string; createdDate?: Date };
  /** path → VERB → method, from the deployment's apiSummary (and the stage export when available). */
  deployed?: Record<string, Record<string, DeployedMethod>>;
  /** Whether GetExport answered, i.e. deployed authorizers and scopes are known. */
  exportAvailable: boolean;
  deployedPolicy?: string;
  /** Customised gateway responses as deployed (stage export); undefined when the export is not available. */
  deployedGatewayResponses?: GatewayResponse[];
  current: { resources: Resource[]; authorizers: Authorizer[] };
  gatewayResponses: GatewayResponse[];
}

const notFound = (e: unknown) => ["NotFoundException", "ResourceNotFoundException"].includes(awsErrorName(e) ?? "");

export async function readApiConfig(apigw: APIGatewayClient, t: AwsTarget, restApiId: string, stageName: string): Promise<ApiConfig> {
  const out: ApiConfig = { restApiId, apiExists: false, stages: [], exportAvailable: false, current: { resources: [], authorizers: [] }, gatewayResponses: [] };
  const api = await awsCall(t, "GetRestApi", () => apigw.send(new GetRestApiCommand({ restApiId })), ["NotFoundException"]).catch((e) => {
    if (notFound(e)) return undefined;
    throw e;
  });
  if (!api) return out;
  out.apiExists = true;
  out.api = {
    name: api.name,
    // AWS returns the policy as a JSON string with escaped quotes; one more decode gives the document.
    policy: api.policy ? unescapePolicy(api.policy) : undefined,
    endpointTypes: api.endpointConfiguration?.types ?? [],
    vpcEndpointIds: api.endpointConfiguration?.vpcEndpointIds ?? [],
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint === true,
    apiKeySource: api.apiKeySource,
  };
  const stages = await awsCall(t, "GetStages", () => apigw.send(new GetStagesCommand({ restApiId })));
  out.stages = (stages.item ?? []).map((s) => s.stageName ?? "").filter(Boolean);

  out.current.resources = (await allPages((position) =>
    awsCall(t, "GetResources", () => apigw.send(new GetResourcesCommand({ restApiId, embed: ["methods"], limit: 500, position }))),
  )) as unknown as Resource[];
  out.current.authorizers = (await allPages((position) =>
    awsCall(t, "GetAuthorizers", () => apigw.send(new GetAuthorizersCommand({ restApiId, limit: 500, position }))),
  )) as unknown as Authorizer[];
  const responses = await awsCall(t, "GetGatewayResponses", () => apigw.send(new GetGatewayResponsesCommand({ restApiId, limit: 500 }))).catch(() => undefined);
  out.gatewayResponses = (responses?.items ?? []) as unknown as GatewayResponse[];

  if (!stageName) return out;
  const stage = await awsCall(t, "GetStage", () => apigw.send(new GetStageCommand({ restApiId, stageName })), ["NotFoundException"]).catch((e) => {
    if (notFound(e)) return undefined;
    throw e;
  });
  if (!stage) return out;
  out.stage = { name: stageName, deploymentId: stage.deploymentId, variables: stage.variables ?? {}, lastUpdatedDate: stage.lastUpdatedDate };
  if (!stage.deploymentId) return out;
  const deployment = await awsCall(
    t,
    "GetDeployment",
    () => apigw.send(new GetDeploymentCommand({ restApiId, deploymentId: stage.deploymentId, embed: ["apisummary"] })),
    ["NotFoundException"],
  ).catch((e) => {
    if (notFound(e)) return undefined;
    throw e;
  });
  if (!deployment) return out;
  out.deployment = { id: deployment.id ?? stage.deploymentId, createdDate: deployment.createdDate };
  const deployed: Record<string, Record<string, DeployedMethod>> = {};
  for (const [path, verbs] of Object.entries(deployment.apiSummary ?? {})) {
    const byVerb: Record<string, DeployedMethod> = {};
    for (const [verb, m] of Object.entries(verbs ?? {})) byVerb[verb] = { authorizationType: m.authorizationType ?? "NONE", apiKeyRequired: m.apiKeyRequired };
    deployed[path] = byVerb;
  }
  out.deployed = deployed;
  await mergeExport(apigw, t, restApiId, stageName, out);
  return out;
}

/** Follows `position` through a list operation (bounded: an API has at most a few hundred resources). */
async function allPages<T>(page: (position: string | undefined) => Promise<{ items?: T[]; position?: string }>): Promise<T[]> {
  const out: T[] = [];
  let position: string | undefined;
  for (let i = 0; i < 20; i++) {
    const r = await page(position);
    out.push(...(r.items ?? []));
    position = r.position;
    if (!position) break;
  }
  return out;
}

function unescapePolicy(p: string): string {
  try {
    JSON.parse(p);
    return p;
  } catch {
    return p.replace(/\\"/g, '"').replace(/\\\//g, "/");
  }
}

/**
 * The stage export (GetExport oas30 with the API Gateway extensions) is the only public view of what a deployment
 * froze for authorizers and scopes. When the service does not offer it, the doctor says so and falls back to the
 * current configuration for those details.
 */
async function mergeExport(apigw: APIGatewayClient, t: AwsTarget, restApiId: string, stageName: string, out: ApiConfig): Promise<void> {
  let doc: any;
  try {
    const res = await awsCall(
      t,
      "GetExport",
      () =>
        apigw.send(new GetExportCommand({ restApiId, stageName, exportType: "oas30", parameters: { extensions: "apigateway" }, accepts: "application/json" })),
      ["NotFoundException", "BadRequestException", "UnknownOperationException", "NotImplementedException"],
    );
    doc = JSON.parse(Buffer.from(res.body ?? new Uint8Array()).toString("utf8"));
  } catch (e) {
    if (awsErrorName(e) || e instanceof SyntaxError) return;
    throw e;
  }
  applyExport(doc, out);
}

/** Reads the deployed view (methods, Cognito authorizers and scopes, policy, gateway responses) from a stage export. */
function applyExport(doc: any, out: ApiConfig): void {
  if (!doc || typeof doc !== "object" || !doc.paths) return;
  out.exportAvailable = true;
  const schemes: Record<string, any> = doc.components?.securitySchemes ?? doc.securityDefinitions ?? {};
  const policy = doc["x-amazon-apigateway-policy"];
  if (policy) out.deployedPolicy = typeof policy === "string" ? policy : JSON.stringify(policy);
  out.deployedGatewayResponses = Object.entries<any>(doc["x-amazon-apigateway-gateway-responses"] ?? {}).map(([responseType, g]) => ({
    responseType,
    statusCode: g?.statusCode,
    responseParameters: g?.responseParameters ?? {},
    responseTemplates: g?.responseTemplates ?? {},
    defaultResponse: false,
  }));
  const deployed = out.deployed ?? {};
  out.deployed = deployed;
  for (const [path, ops] of Object.entries<any>(doc.paths)) {
    for (const [key, op] of Object.entries<any>(ops ?? {})) {
      const verb = VERB_KEYS[key];
      if (!verb) continue;
      const byVerb = deployed[path] ?? {};
      deployed[path] = byVerb;
      const m = byVerb[verb] ?? { authorizationType: "NONE" };
      byVerb[verb] = m;
      const authorizer = authorizerOfOperation(op, schemes);
      if (!authorizer) continue;
      m.authorizationType = authorizer.ext.type === "COGNITO_USER_POOLS" ? "COGNITO_USER_POOLS" : "CUSTOM";
      m.scopes = authorizer.ext.type === "COGNITO_USER_POOLS" ? authorizer.scopes : undefined;
      m.authorizer = authorizer.ext;
    }
  }
}

/** The authorizer an operation's `security` names: the first scheme that carries x-amazon-apigateway-authorizer. */
function authorizerOfOperation(op: any, schemes: Record<string, any>): { ext: DeployedAuthorizer; scopes: string[] } | undefined {
  for (const requirement of Array.isArray(op?.security) ? op.security : []) {
    for (const [name, scopes] of Object.entries<any>(requirement ?? {})) {
      const scheme = schemes[name];
      const ext = scheme?.["x-amazon-apigateway-authorizer"];
      if (!ext) continue;
      const type = String(ext.type).toUpperCase();
      if (type !== "COGNITO_USER_POOLS" && type !== "TOKEN" && type !== "REQUEST") continue;
      const headerName = typeof scheme.name === "string" ? scheme.name : undefined;
      return {
        scopes: Array.isArray(scopes) ? scopes.map(String) : [],
        ext: {
          name,
          type,
          providerARNs: Array.isArray(ext.providerARNs) ? ext.providerARNs.map(String) : [],
          headerName,
          identitySource: typeof ext.identitySource === "string" ? ext.identitySource : headerName ? `method.request.header.${headerName}` : undefined,
          authorizerUri: typeof ext.authorizerUri === "string" ? ext.authorizerUri : undefined,
          authorizerResultTtlInSeconds: typeof ext.authorizerResultTtlInSeconds === "number" ? ext.authorizerResultTtlInSeconds : undefined,
          identityValidationExpression: typeof ext.identityValidationExpression === "string" ? ext.identityValidationExpression : undefined,
        },
      };
    }
  }
  return undefined;
}

/**
 * `--api-file`: the configuration from an exported OpenAPI document alone (`aws apigateway get-export
 * --parameters extensions=apigateway`, or poolgate's GetExport), offline. The export is what the stage serves,
 * so the current configuration is taken to be the same: undeployed changes cannot be seen this way.
 */
export function apiConfigFromExport(doc: unknown, restApiId: string, stageName: string): ApiConfig | undefined {
  const d = doc as any;
  if (!d || typeof d !== "object" || !d.paths || typeof d.paths !== "object") return undefined;
  const out: ApiConfig = {
    restApiId,
    apiExists: true,
    stages: [stageName],
    exportAvailable: false,
    current: { resources: [], authorizers: [] },
    gatewayResponses: [],
  };
  const endpoint = d["x-amazon-apigateway-endpoint-configuration"] ?? {};
  const policy = d["x-amazon-apigateway-policy"];
  out.api = {
    name: d.info?.title,
    policy: policy === undefined ? undefined : typeof policy === "string" ? policy : JSON.stringify(policy),
    endpointTypes: Array.isArray(endpoint.types) ? endpoint.types.map(String) : [],
    vpcEndpointIds: Array.isArray(endpoint.vpcEndpointIds) ? endpoint.vpcEndpointIds.map(String) : [],
    disableExecuteApiEndpoint: endpoint.disableExecuteApiEndpoint === true,
    apiKeySource: typeof d["x-amazon-apigateway-api-key-source"] === "string" ? d["x-amazon-apigateway-api-key-source"] : undefined,
  };
  out.stage = { name: stageName, deploymentId: "export", variables: {} };
  out.deployment = { id: "export" };
  out.deployed = {};
  applyExport(d, out);
  out.gatewayResponses = out.deployedGatewayResponses ?? [];
  // The current view mirrors the export: one resource per path, authorizers named by their security schemes.
  const authorizers = new Map<string, Authorizer>();
  for (const [path, verbs] of Object.entries(out.deployed)) {
    const resourceMethods: NonNullable<Resource["resourceMethods"]> = {};
    for (const [verb, m] of Object.entries(verbs)) {
      if (m.authorizer && !authorizers.has(m.authorizer.name)) authorizers.set(m.authorizer.name, authorizerOf(m.authorizer, m.authorizer.name));
      resourceMethods[verb] = {
        httpMethod: verb,
        authorizationType: m.authorizationType as Method["authorizationType"],
        authorizerId: m.authorizer?.name,
        authorizationScopes: m.scopes,
        apiKeyRequired: m.apiKeyRequired === true,
      };
    }
    out.current.resources.push({ id: path, path, resourceMethods });
  }
  out.current.authorizers = [...authorizers.values()];
  return out;
}

/** A deployed authorizer in the API's record shape, under the id the API knows it by. */
export function authorizerOf(d: DeployedAuthorizer, id: string): Authorizer {
  return {
    id,
    name: d.name,
    type: d.type,
    providerARNs: d.type === "COGNITO_USER_POOLS" ? d.providerARNs : undefined,
    identitySource: d.identitySource ?? `method.request.header.${d.headerName ?? "Authorization"}`,
    authorizerUri: d.authorizerUri,
    authorizerResultTtlInSeconds: d.authorizerResultTtlInSeconds,
    identityValidationExpression: d.identityValidationExpression,
  };
}
