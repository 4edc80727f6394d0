import type { Services } from "../../services.js";
import type { Authorizer, GatewayResponse, Integration, IntegrationResponse, Method, MethodResponse, Resource, RestApi } from "../../shapes/apigateway.js";
import { VERB_KEYS } from "../../wire/openapi-verbs.js";
import { checkAuthorizer } from "../control/authorizers.js";
import { conflict } from "../control/errors.js";
import { apigw } from "../control/lookup.js";
import { compact } from "../control/methods.js";
import { savePolicy } from "../control/policy.js";
import { MAX_RESOURCES_PER_API, resourceLimitExceeded } from "../control/quotas.js";
import { checkChildAmong, childPath } from "../control/resources.js";
import { createRestApi } from "../control/rest-apis.js";
import { GATEWAY_RESPONSE_TYPES } from "../gateway-responses/defaults.js";
import { invalidOpenApi, type ParsedDocument } from "./document.js";

/**
 * ImportRestApi / PutRestApi from an OpenAPI 3 or Swagger 2 definition with API Gateway's extensions
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html):
 * x-amazon-apigateway-integration, -authorizer and -authtype on security schemes, -policy,
 * -gateway-responses, -binary-media-types, -any-method. A Cognito scheme becomes a COGNITO_USER_POOLS
 * authorizer whose identitySource is the scheme's header; an operation's `security` scopes become the
 * method's authorizationScopes (none = ID-token mode).
 */
export type ImportMode = "import" | "overwrite" | "merge";

export interface ImportResult {
  api: RestApi;
  warnings: string[];
}

interface SchemeRef {
  authorizationType: Method["authorizationType"];
  authorizer?: Omit<Authorizer, "id">;
}

export function importDefinition(
  s: Pick<Services, "db" | "ids" | "clock" | "config">,
  parsed: ParsedDocument,
  mode: ImportMode,
  existing?: RestApi,
  endpointConfiguration?: RestApi["endpointConfiguration"],
): ImportResult {
  const { doc, flavour } = parsed;
  const warnings: string[] = [];
  const store = apigw(s);
  const info = (doc.info ?? {}) as Record<string, unknown>;
  if (mode === "import" && (typeof info.title !== "string" || info.title === "")) throw invalidOpenApi();
  const schemes = readSchemes(flavour === "oas3" ? doc.components?.securitySchemes : doc.securityDefinitions, warnings);

  return store.tx(() => {
    let api: RestApi;
    if (mode === "import" || !existing) {
      api = createRestApi(s, {
        name: info.title as string,
        description: typeof info.description === "string" ? info.description : undefined,
        version: info.version !== undefined ? String(info.version) : undefined,
        binaryMediaTypes: doc["x-amazon-apigateway-binary-media-types"],
        apiKeySource: apiKeySourceOf(doc),
        policy: doc["x-amazon-apigateway-policy"],
        endpointConfiguration,
      });
    } else {
      api = { ...existing };
      if (mode === "overwrite") {
        for (const r of store.resources.list(api.id)) if (r.parentId) store.resources.delete(api.id, r.id);
        store.resources.put(api.id, { id: api.rootResourceId, path: "/" });
        for (const a of store.authorizers.list(api.id)) store.authorizers.delete(api.id, a.id);
        for (const g of store.gatewayResponses.list(api.id)) store.gatewayResponses.delete(api.id, g.responseType);
        delete api.policy;
        delete api.binaryMediaTypes;
      }
      if (typeof info.title === "string" && info.title) api.name = info.title;
      if (typeof info.description === "string") api.description = info.description;
      if (info.version !== undefined) api.version = String(info.version);
      if (doc["x-amazon-apigateway-binary-media-types"]) api.binaryMediaTypes = doc["x-amazon-apigateway-binary-media-types"];
      if (doc["x-amazon-apigateway-policy"]) api.policy = savePolicy(doc["x-amazon-apigateway-policy"], s.config.region, api.id).stored;
      const keySource = apiKeySourceOf(doc);
      if (keySource) api.apiKeySource = keySource;
      store.restApis.put(compact(api));
    }

    // Authorizers by scheme name; in merge mode a same-named authorizer is updated in place.
    const authorizerIds = new Map<string, string>();
    const current = store.authorizers.list(api.id);
    for (const [name, ref] of schemes) {
      if (!ref.authorizer) continue;
      const id = current.find((a) => a.name === name)?.id ?? s.ids.apiGatewayId(6);
      const authorizer = checkAuthorizer({ id, ...ref.authorizer });
      store.authorizers.put(api.id, id, authorizer);
      authorizerIds.set(name, id);
    }

    const topSecurity = doc.security;
    const index = new ResourceIndex(store.resources.list(api.id));
    const root = store.resources.get(api.id, api.rootResourceId) as Resource;
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith("/")) throw invalidOpenApi();
      if (typeof item !== "object" || item === null) continue;
      // Read back: two keys may name one resource ("/a", "/a/"), and the index holds no methods.
      const resource = store.resources.get(api.id, ensureResource(s, api, index, root, path).id) as Resource;
      const pathParams = Array.isArray(item.parameters) ? item.parameters : [];
      let methods = { ...(resource.resourceMethods ?? {}) };
      for (const [key, op] of Object.entries(item)) {
        const verb = VERB_KEYS[key.toLowerCase()];
        if (!verb || typeof op !== "object" || op === null) continue;
        const o = op as Record<string, any>;
        methods = {
          ...methods,
          [verb]: methodOf(
            verb,
            resource.id,
            o,
            [...pathParams, ...(Array.isArray(o.parameters) ? o.parameters : [])],
            o.security ?? topSecurity,
            schemes,
            authorizerIds,
            warnings,
            path,
          ),
        };
      }
      const updated: Resource = { ...resource, resourceMethods: methods };
      if (Object.keys(methods).length === 0) delete updated.resourceMethods;
      store.resources.put(api.id, updated);
    }

    const responses = doc["x-amazon-apigateway-gateway-responses"];
    if (responses && typeof responses === "object")
      for (const [type, value] of Object.entries(responses as Record<string, Record<string, any>>)) {
        if (!(GATEWAY_RESPONSE_TYPES as string[]).includes(type)) {
          warnings.push(`Unknown gateway response type ${type} ignored`);
          continue;
        }
        const g: GatewayResponse = compact({
          responseType: type,
          statusCode: value?.statusCode !== undefined ? String(value.statusCode) : undefined,
          responseParameters: value?.responseParameters ?? {},
          responseTemplates: value?.responseTemplates ?? {},
          defaultResponse: false,
        });
        store.gatewayResponses.put(api.id, type, g);
      }
    return { api: store.restApis.get(api.id) as RestApi, warnings };
  });
}

function apiKeySourceOf(doc: Record<string, any>): string | undefined {
  const v = doc["x-amazon-apigateway-api-key-source"];
  return v === "HEADER" || v === "AUTHORIZER" ? v : undefined;
}

function readSchemes(raw: unknown, warnings: string[]): Map<string, SchemeRef> {
  const out = new Map<string, SchemeRef>();
  if (!raw || typeof raw !== "object") return out;
  for (const [name, value] of Object.entries(raw as Record<string, Record<string, any>>)) {
    const ext = value?.["x-amazon-apigateway-authorizer"];
    const authType = value?.["x-amazon-apigateway-authtype"];
    if (!ext) {
      // The API-key scheme of API Gateway's own examples marks apiKeyRequired, not an authorizer.
      if (value?.type === "apiKey" && String(value?.name).toLowerCase() === "x-api-key") continue;
      if (typeof authType === "string" && authType.toLowerCase() === "awssigv4") out.set(name, { authorizationType: "AWS_IAM" });
      else warnings.push(`Security scheme ${name} has no x-amazon-apigateway-authorizer and was ignored`);
      continue;
    }
    const type = String(ext.type ?? "").toLowerCase();
    const header = value.in === "header" && typeof value.name === "string" ? `method.request.header.${value.name}` : undefined;
    const common = compact({
      name,
      authType: typeof authType === "string" ? authType : undefined,
      identitySource: typeof ext.identitySource === "string" ? ext.identitySource : header,
      identityValidationExpression: ext.identityValidationExpression,
      authorizerResultTtlInSeconds: ext.authorizerResultTtlInSeconds,
      authorizerUri: ext.authorizerUri,
      authorizerCredentials: ext.authorizerCredentials,
    });
    if (type === "cognito_user_pools")
      out.set(name, { authorizationType: "COGNITO_USER_POOLS", authorizer: { ...common, type: "COGNITO_USER_POOLS", providerARNs: ext.providerARNs } });
    else if (type === "token") out.set(name, { authorizationType: "CUSTOM", authorizer: { ...common, type: "TOKEN" } });
    else if (type === "request") out.set(name, { authorizationType: "CUSTOM", authorizer: { ...common, type: "REQUEST" } });
    else warnings.push(`Authorizer type ${ext.type} of security scheme ${name} is not supported by REST APIs and was ignored`);
  }
  return out;
}

/**
 * The API's resources by parent, loaded once per import: walking each path against the store re-read every
 * sibling list per segment, which made an import's time grow with the square of its path count.
 */
class ResourceIndex {
  private readonly byParent = new Map<string, Resource[]>();
  private count = 0;
  constructor(resources: readonly Resource[]) {
    for (const r of resources) this.add(r);
  }
  children(parentId: string): readonly Resource[] {
    return this.byParent.get(parentId) ?? [];
  }
  add(r: Resource): void {
    this.count++;
    if (!r.parentId) return;
    const list = this.byParent.get(r.parentId);
    if (list) list.push(r);
    else this.byParent.set(r.parentId, [r]);
  }
  get size(): number {
    return this.count;
  }
}

/** Walks the path from the root, creating each missing segment with CreateResource's rules and quota. */
function ensureResource(s: Pick<Services, "db" | "ids">, api: RestApi, index: ResourceIndex, root: Resource, path: string): Resource {
  const repo = apigw(s).resources;
  let current = root;
  for (const part of path.split("/").filter(Boolean)) {
    const siblings = index.children(current.id);
    const next = siblings.find((r) => r.pathPart === part);
    if (next) {
      current = next;
      continue;
    }
    try {
      checkChildAmong(siblings, current, part);
    } catch (e) {
      if (e instanceof Error && e.name === "ConflictException") throw conflict(e.message);
      throw invalidOpenApi();
    }
    if (index.size >= MAX_RESOURCES_PER_API) throw resourceLimitExceeded();
    const created: Resource = { id: s.ids.apiGatewayId(6), parentId: current.id, pathPart: part, path: childPath(current, part) };
    repo.put(api.id, created);
    index.add(created);
    current = created;
  }
  return current;
}

function methodOf(
  verb: string,
  resourceId: string,
  op: Record<string, any>,
  parameters: Record<string, any>[],
  security: unknown,
  schemes: Map<string, SchemeRef>,
  authorizerIds: Map<string, string>,
  warnings: string[],
  path: string,
): Method {
  let authorizationType: Method["authorizationType"] = "NONE";
  let authorizerId: string | undefined;
  let scopes: string[] | undefined;
  if (Array.isArray(security))
    for (const requirement of security) {
      const [name, reqScopes] = Object.entries((requirement ?? {}) as Record<string, string[]>)[0] ?? [];
      if (!name) continue;
      const ref = schemes.get(name);
      if (!ref) {
        if (name.toLowerCase() !== "api_key") warnings.push(`${verb} ${path}: security scheme ${name} is not defined`);
        continue;
      }
      authorizationType = ref.authorizationType;
      authorizerId = authorizerIds.get(name);
      scopes = Array.isArray(reqScopes) && reqScopes.length > 0 ? reqScopes : undefined;
      break;
    }
  const apiKeyRequired = Array.isArray(security) && security.some((r) => r && typeof r === "object" && "api_key" in r);
  const requestParameters: Record<string, boolean> = {};
  for (const p of parameters) {
    const where = p?.in === "header" ? "header" : p?.in === "query" ? "querystring" : p?.in === "path" ? "path" : undefined;
    if (where && typeof p.name === "string") requestParameters[`method.request.${where}.${p.name}`] = p.required === true;
  }
  const methodResponses: Record<string, MethodResponse> = {};
  for (const [code, value] of Object.entries((op.responses ?? {}) as Record<string, any>)) {
    if (!/^[1-5]\d\d$/.test(code)) continue;
    const headers = Object.keys(value?.headers ?? {});
    methodResponses[code] = compact({
      statusCode: code,
      responseParameters: headers.length ? Object.fromEntries(headers.map((h) => [`method.response.header.${h}`, false])) : undefined,
    });
  }
  const ext = op["x-amazon-apigateway-integration"];
  return compact({
    httpMethod: verb,
    authorizationType,
    authorizerId,
    authorizationScopes: authorizationType === "COGNITO_USER_POOLS" ? scopes : undefined,
    apiKeyRequired,
    operationName: typeof op.operationId === "string" ? op.operationId : undefined,
    requestParameters: Object.keys(requestParameters).length ? requestParameters : undefined,
    methodResponses: Object.keys(methodResponses).length ? methodResponses : undefined,
    methodIntegration: ext && typeof ext === "object" ? integrationOf(resourceId, ext) : undefined,
  });
}

function integrationOf(resourceId: string, ext: Record<string, any>): Integration {
  const type = String(ext.type ?? "").toUpperCase();
  if (!["HTTP", "HTTP_PROXY", "MOCK", "AWS", "AWS_PROXY"].includes(type)) throw invalidOpenApi();
  const integrationResponses: Record<string, IntegrationResponse> = {};
  for (const [pattern, r] of Object.entries((ext.responses ?? {}) as Record<string, any>)) {
    if (r?.statusCode === undefined) continue;
    const statusCode = String(r.statusCode);
    integrationResponses[statusCode] = compact({
      statusCode,
      selectionPattern: pattern === "default" ? undefined : pattern,
      responseParameters: r.responseParameters,
      responseTemplates: r.responseTemplates,
      contentHandling: r.contentHandling,
    });
  }
  return compact({
    type: type as Integration["type"],
    httpMethod: type === "MOCK" ? undefined : ext.httpMethod ? String(ext.httpMethod).toUpperCase() : undefined,
    uri: ext.uri,
    connectionType: type === "MOCK" ? ext.connectionType : (ext.connectionType ?? "INTERNET"),
    credentials: ext.credentials,
    requestParameters: ext.requestParameters,
    requestTemplates: ext.requestTemplates,
    passthroughBehavior: String(ext.passthroughBehavior ?? "when_no_match").toUpperCase(),
    contentHandling: ext.contentHandling,
    timeoutInMillis: typeof ext.timeoutInMillis === "number" ? ext.timeoutInMillis : 29000,
    cacheNamespace: ext.cacheNamespace ?? resourceId,
    cacheKeyParameters: ext.cacheKeyParameters ?? [],
    integrationResponses: Object.keys(integrationResponses).length ? integrationResponses : undefined,
  });
}
