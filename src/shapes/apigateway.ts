/**
 * API Gateway REST API resources in their wire shape (as GetResource/GetMethod/GetAuthorizer return them),
 * and the frozen snapshot a deployment serves. The control plane writes these; the invoke path reads only
 * snapshots, so a change made after CreateDeployment has no effect until the next deployment, as on AWS.
 */

export type AuthorizationType = "NONE" | "AWS_IAM" | "CUSTOM" | "COGNITO_USER_POOLS";
export type IntegrationType = "HTTP" | "HTTP_PROXY" | "MOCK" | "AWS" | "AWS_PROXY";

export interface IntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: string;
}

export interface Integration {
  type: IntegrationType;
  httpMethod?: string;
  uri?: string;
  connectionType?: string;
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  passthroughBehavior?: string;
  contentHandling?: string;
  timeoutInMillis: number;
  cacheNamespace?: string;
  cacheKeyParameters?: string[];
  integrationResponses?: Record<string, IntegrationResponse>;
}

export interface MethodResponse {
  statusCode: string;
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

export interface Method {
  httpMethod: string;
  authorizationType: AuthorizationType;
  authorizerId?: string;
  authorizationScopes?: string[];
  apiKeyRequired: boolean;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  requestValidatorId?: string;
  methodResponses?: Record<string, MethodResponse>;
  methodIntegration?: Integration;
}

export interface Resource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods?: Record<string, Method>;
}

export interface Authorizer {
  id: string;
  name: string;
  type: "TOKEN" | "REQUEST" | "COGNITO_USER_POOLS";
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  /** e.g. "method.request.header.Authorization" */
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
}

export interface GatewayResponse {
  responseType: string;
  statusCode?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  defaultResponse: boolean;
}

export interface RestApi {
  id: string;
  name: string;
  description?: string;
  createdDate: number;
  version?: string;
  apiKeySource?: string;
  endpointConfiguration?: { types: string[]; vpcEndpointIds?: string[] };
  /** The resource policy as AWS returns it: a JSON document string (AWS escapes it). */
  policy?: string;
  disableExecuteApiEndpoint?: boolean;
  rootResourceId: string;
  tags?: Record<string, string>;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
}

/** What a deployment froze: everything the invoke path needs, and nothing it may read from the live API. */
export interface DeploymentSnapshot {
  restApiId: string;
  deploymentId: string;
  createdDate: number;
  api: RestApi;
  resources: Resource[];
  authorizers: Authorizer[];
  /** Only customised responses (PutGatewayResponse); defaults come from the defaults table. */
  gatewayResponses: GatewayResponse[];
  /** `api.policy` parsed, with `execute-api:/...` shorthand already expanded to full ARNs (as AWS does on save). */
  policyDocument?: PolicyDocument;
}

/** A resource policy statement (IAM JSON policy grammar; single values may be strings or lists). */
export interface PolicyStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement[];
}

/** A deployment as GetDeployment returns it (the snapshot itself is not on the wire). */
export interface Deployment {
  id: string;
  description?: string;
  createdDate: number;
}

export interface Stage {
  restApiId: string;
  stageName: string;
  deploymentId: string;
  description?: string;
  variables?: Record<string, string>;
  createdDate: number;
  lastUpdatedDate: number;
  tracingEnabled?: boolean;
  methodSettings?: Record<string, unknown>;
  tags?: Record<string, string>;
}

/** The invoke path's only view of API Gateway state. */
export interface DeploymentReader {
  restApiExists(restApiId: string): boolean;
  /** Shared between requests: never changed by readers. */
  stage(restApiId: string, stageName: string): Readonly<Stage> | undefined;
  snapshot(restApiId: string, deploymentId: string): DeploymentSnapshot | undefined;
  /**
   * The API key with this value, if any: whether it is enabled and whether a usage plan of this API stage lists
   * it. Keys and usage plans are live state, not deployed: on AWS a change takes effect without a deployment.
   */
  apiKey(value: string, restApiId: string, stageName: string): ApiKeyMatch | undefined;
}

/** What the invoke path learns about a presented API key (see DeploymentReader.apiKey). */
export interface ApiKeyMatch {
  id: string;
  enabled: boolean;
  inUsagePlanOfStage: boolean;
  /** The usage plan that admits the key to this stage, with its throttle and quota. */
  plan?: Pick<UsagePlan, "id" | "throttle" | "quota">;
}

/** An API key as AWS returns it (GetApiKey with includeValue); dates in epoch seconds. */
export interface ApiKey {
  id: string;
  value: string;
  name?: string;
  customerId?: string;
  description?: string;
  enabled: boolean;
  createdDate: number;
  lastUpdatedDate: number;
  /** Legacy (pre-usage-plan) associations, as "restApiId/stageName". Stored, not used for access. */
  stageKeys: string[];
  tags?: Record<string, string>;
}

export interface ThrottleSettings {
  burstLimit?: number;
  rateLimit?: number;
}

export interface UsagePlan {
  id: string;
  name: string;
  description?: string;
  apiStages: { apiId: string; stage: string; throttle?: Record<string, ThrottleSettings> }[];
  throttle?: ThrottleSettings;
  quota?: { limit?: number; offset?: number; period?: string };
  productCode?: string;
  tags?: Record<string, string>;
}
