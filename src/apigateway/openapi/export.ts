import type { Authorizer, DeploymentSnapshot, Integration, Method, Resource } from "../../shapes/apigateway.js";
import type { Urls } from "../../urls.js";

/**
 * GetExport of a stage: the DEPLOYED snapshot as OpenAPI 3.0.1 (`oas30`) or Swagger 2.0 (`swagger`).
 * Extensions follow GetExport's `extensions` parameter: `integrations` adds x-amazon-apigateway-integration,
 * `authorizers` adds x-amazon-apigateway-authorizer, `apigateway` adds both plus the policy, gateway responses
 * and binary media types. The server URL is this emulator's invoke URL of the stage (AWS gives its own).
 */
export type ExportType = "oas30" | "swagger";

export interface ExportOptions {
  type: ExportType;
  stageName: string;
  extensions: Set<string>;
  urls: Pick<Urls, "executeApi">;
}

export function exportSnapshot(snap: DeploymentSnapshot, opts: ExportOptions): Record<string, unknown> {
  const withIntegrations = opts.extensions.has("integrations") || opts.extensions.has("apigateway");
  const withAuthorizers = opts.extensions.has("authorizers") || opts.extensions.has("apigateway");
  const withApiGateway = opts.extensions.has("apigateway");
  const oas3 = opts.type === "oas30";
  const authorizers = new Map(snap.authorizers.map((a) => [a.id, a]));
  const usedSchemes = new Map<string, Record<string, unknown>>();

  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of [...snap.resources].sort((a, b) => a.path.localeCompare(b.path))) {
    const methods = r.resourceMethods ?? {};
    if (Object.keys(methods).length === 0) continue;
    const item: Record<string, unknown> = {};
    for (const verb of Object.keys(methods).sort()) {
      const m = methods[verb] as Method;
      item[verb === "ANY" ? "x-amazon-apigateway-any-method" : verb.toLowerCase()] = operationOf(
        r,
        m,
        oas3,
        authorizers,
        usedSchemes,
        withIntegrations,
        withAuthorizers,
      );
    }
    paths[r.path] = item;
  }

  const created = new Date(snap.createdDate * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const info: Record<string, unknown> = {
    title: snap.api.name,
    ...(snap.api.description ? { description: snap.api.description } : {}),
    version: snap.api.version ?? created,
  };
  const invoke = new URL(opts.urls.executeApi(snap.restApiId, "STAGE"));
  const doc: Record<string, unknown> = oas3
    ? {
        openapi: "3.0.1",
        info,
        servers: [{ url: `${invoke.origin}/{basePath}`, variables: { basePath: { default: opts.stageName } } }],
        paths,
      }
    : { swagger: "2.0", info, host: invoke.host, basePath: `/${opts.stageName}`, schemes: [invoke.protocol.replace(":", "")], paths };
  if (usedSchemes.size > 0) {
    const schemes = Object.fromEntries(usedSchemes);
    if (oas3) doc.components = { securitySchemes: schemes };
    else doc.securityDefinitions = schemes;
  }
  if (withApiGateway) {
    if (snap.policyDocument) doc["x-amazon-apigateway-policy"] = snap.policyDocument;
    if (snap.gatewayResponses.length > 0)
      doc["x-amazon-apigateway-gateway-responses"] = Object.fromEntries(
        snap.gatewayResponses.map((g) => [
          g.responseType,
          {
            ...(g.statusCode ? { statusCode: g.statusCode } : {}),
            ...(g.responseParameters && Object.keys(g.responseParameters).length ? { responseParameters: g.responseParameters } : {}),
            ...(g.responseTemplates && Object.keys(g.responseTemplates).length ? { responseTemplates: g.responseTemplates } : {}),
          },
        ]),
      );
    if (snap.api.binaryMediaTypes?.length) doc["x-amazon-apigateway-binary-media-types"] = snap.api.binaryMediaTypes;
    if (snap.api.apiKeySource && snap.api.apiKeySource !== "HEADER") doc["x-amazon-apigateway-api-key-source"] = snap.api.apiKeySource;
  }
  return doc;
}

function operationOf(
  r: Resource,
  m: Method,
  oas3: boolean,
  authorizers: Map<string, Authorizer>,
  usedSchemes: Map<string, Record<string, unknown>>,
  withIntegrations: boolean,
  withAuthorizers: boolean,
): Record<string, unknown> {
  const op: Record<string, unknown> = {};
  if (m.operationName) op.operationId = m.operationName;
  const parameters: Record<string, unknown>[] = [];
  const declared = new Set<string>();
  for (const [key, required] of Object.entries(m.requestParameters ?? {})) {
    const match = /^method\.request\.(header|querystring|path)\.(.+)$/.exec(key);
    if (!match) continue;
    const where = match[1] === "querystring" ? "query" : (match[1] as string);
    declared.add(`${where}:${match[2]}`);
    parameters.push(param(match[2] as string, where, where === "path" || required, oas3));
  }
  // OpenAPI requires every path template variable to be declared.
  for (const v of r.path.matchAll(/\{([^}+]+)\+?\}/g)) if (!declared.has(`path:${v[1]}`)) parameters.push(param(v[1] as string, "path", true, oas3));
  if (parameters.length) op.parameters = parameters;
  op.responses = Object.fromEntries(
    Object.values(m.methodResponses ?? {}).map((mr) => {
      const headers = Object.keys(mr.responseParameters ?? {})
        .filter((k) => k.startsWith("method.response.header."))
        .map((k) => k.slice("method.response.header.".length));
      const resp: Record<string, unknown> = { description: `${mr.statusCode} response` };
      if (headers.length) resp.headers = Object.fromEntries(headers.map((h) => [h, oas3 ? { schema: { type: "string" } } : { type: "string" }]));
      return [mr.statusCode, resp];
    }),
  );
  const security = securityOf(m, authorizers, usedSchemes, withAuthorizers);
  if (security) op.security = security;
  if (withIntegrations && m.methodIntegration) op["x-amazon-apigateway-integration"] = integrationExtension(m.methodIntegration);
  return op;
}

const param = (name: string, where: string, required: boolean, oas3: boolean) =>
  oas3 ? { name, in: where, required, schema: { type: "string" } } : { name, in: where, required, type: "string" };

function securityOf(
  m: Method,
  authorizers: Map<string, Authorizer>,
  usedSchemes: Map<string, Record<string, unknown>>,
  withAuthorizers: boolean,
): Record<string, string[]>[] | undefined {
  const security: Record<string, string[]>[] = [];
  if (m.authorizationType === "AWS_IAM") {
    usedSchemes.set("sigv4", { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" });
    security.push({ sigv4: [] });
  } else if ((m.authorizationType === "COGNITO_USER_POOLS" || m.authorizationType === "CUSTOM") && m.authorizerId) {
    const a = authorizers.get(m.authorizerId);
    if (a) {
      usedSchemes.set(a.name, schemeOf(a, withAuthorizers));
      security.push({ [a.name]: m.authorizationType === "COGNITO_USER_POOLS" ? (m.authorizationScopes ?? []) : [] });
    }
  }
  if (m.apiKeyRequired) {
    usedSchemes.set("api_key", { type: "apiKey", name: "x-api-key", in: "header" });
    security.push({ api_key: [] });
  }
  return security.length ? security : undefined;
}

function schemeOf(a: Authorizer, withAuthorizers: boolean): Record<string, unknown> {
  const header = a.identitySource?.match(/^method\.request\.header\.(.+)$/)?.[1] ?? "Authorization";
  const scheme: Record<string, unknown> = { type: "apiKey", name: header, in: "header" };
  scheme["x-amazon-apigateway-authtype"] = a.authType ?? (a.type === "COGNITO_USER_POOLS" ? "cognito_user_pools" : "custom");
  if (withAuthorizers) {
    const ext: Record<string, unknown> = { type: a.type.toLowerCase() };
    if (a.providerARNs) ext.providerARNs = a.providerARNs;
    if (a.authorizerUri) ext.authorizerUri = a.authorizerUri;
    if (a.authorizerCredentials) ext.authorizerCredentials = a.authorizerCredentials;
    if (a.type !== "COGNITO_USER_POOLS" && a.identitySource) ext.identitySource = a.identitySource;
    if (a.identityValidationExpression) ext.identityValidationExpression = a.identityValidationExpression;
    if (a.authorizerResultTtlInSeconds !== undefined) ext.authorizerResultTtlInSeconds = a.authorizerResultTtlInSeconds;
    scheme["x-amazon-apigateway-authorizer"] = ext;
  }
  return scheme;
}

function integrationExtension(i: Integration): Record<string, unknown> {
  const ext: Record<string, unknown> = { type: i.type.toLowerCase() };
  if (i.httpMethod) ext.httpMethod = i.httpMethod;
  if (i.uri) ext.uri = i.uri;
  if (i.credentials) ext.credentials = i.credentials;
  if (i.connectionType && i.connectionType !== "INTERNET") ext.connectionType = i.connectionType;
  if (i.requestParameters) ext.requestParameters = i.requestParameters;
  if (i.requestTemplates) ext.requestTemplates = i.requestTemplates;
  if (i.integrationResponses)
    ext.responses = Object.fromEntries(
      Object.values(i.integrationResponses).map((r) => [
        r.selectionPattern ?? "default",
        {
          statusCode: r.statusCode,
          ...(r.responseParameters ? { responseParameters: r.responseParameters } : {}),
          ...(r.responseTemplates ? { responseTemplates: r.responseTemplates } : {}),
          ...(r.contentHandling ? { contentHandling: r.contentHandling } : {}),
        },
      ]),
    );
  if (i.passthroughBehavior) ext.passthroughBehavior = i.passthroughBehavior.toLowerCase();
  if (i.contentHandling) ext.contentHandling = i.contentHandling;
  if (i.timeoutInMillis !== 29000) ext.timeoutInMillis = i.timeoutInMillis;
  if (i.cacheKeyParameters?.length) ext.cacheKeyParameters = i.cacheKeyParameters;
  return ext;
}
