import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { Authorizer, Method, Resource, RestApi } from "../../shapes/apigateway.js";
import { apiNotFound, badRequest, conflict } from "./errors.js";
import { apigw } from "./lookup.js";
import { compact } from "./methods.js";
import { parseStoredPolicy, savePolicy } from "./policy.js";

export interface NewRestApi {
  name: string;
  description?: string;
  version?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource?: string;
  endpointConfiguration?: { types: string[]; vpcEndpointIds?: string[] };
  policy?: string | object;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint?: boolean;
  /** Copy resources, methods, authorizers, gateway responses and settings of this API. */
  cloneFrom?: string;
}

/**
 * Creates an API with its root resource "/". The `_custom_id_` tag pins the id, the convention LocalStack
 * established so that scripts and tests can know invoke URLs in advance.
 */
export function createRestApi(s: Pick<Services, "db" | "ids" | "clock" | "config">, input: NewRestApi): RestApi {
  const store = apigw(s);
  const customId = input.tags?._custom_id_;
  if (customId !== undefined && !/^[a-z0-9]{1,32}$/.test(customId)) throw badRequest("The _custom_id_ tag must be 1 to 32 lower-case letters or digits");
  const source = input.cloneFrom !== undefined ? store.restApis.get(input.cloneFrom) : undefined;
  if (input.cloneFrom !== undefined && !source) throw apiNotFound(input.cloneFrom);
  const id = customId ?? s.ids.apiGatewayId(10);
  if (store.restApis.get(id)) throw conflict(`A REST API with id ${id} already exists`);
  const rootResourceId = s.ids.apiGatewayId(6);
  const api: RestApi = compact({
    id,
    name: input.name,
    description: input.description ?? source?.description,
    createdDate: epochSeconds(s.clock),
    version: input.version,
    binaryMediaTypes: input.binaryMediaTypes ?? source?.binaryMediaTypes,
    minimumCompressionSize: input.minimumCompressionSize ?? source?.minimumCompressionSize,
    apiKeySource: input.apiKeySource ?? source?.apiKeySource ?? "HEADER",
    endpointConfiguration: input.endpointConfiguration ?? source?.endpointConfiguration ?? { types: ["EDGE"] },
    policy: input.policy ? savePolicy(input.policy, s.config.region, id).stored : source?.policy ? clonedPolicy(source, id, s.config.region) : undefined,
    tags: input.tags,
    disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
    rootResourceId,
  });
  store.tx(() => {
    store.restApis.put(api);
    if (source) cloneInto(s, source, api);
    else store.resources.put(id, { id: rootResourceId, path: "/" });
  });
  return api;
}

/** The source's policy, its ARNs now naming the clone. */
function clonedPolicy(source: RestApi, id: string, region: string): string | undefined {
  const doc = parseStoredPolicy(source.policy ?? "");
  if (!doc) return undefined;
  return savePolicy(JSON.parse(JSON.stringify(doc).split(`:${source.id}/`).join(`:${id}/`)), region, id).stored;
}

/** CreateRestApi's cloneFrom: the source's resources (new ids), methods, authorizers and gateway responses. */
function cloneInto(s: Pick<Services, "db" | "ids">, source: RestApi, api: RestApi): void {
  const store = apigw(s);
  const authorizerIds = new Map<string, string>();
  for (const a of store.authorizers.list(source.id)) {
    const copy: Authorizer = { ...a, id: s.ids.apiGatewayId(6) };
    authorizerIds.set(a.id, copy.id);
    store.authorizers.put(api.id, copy.id, copy);
  }
  const resourceIds = new Map<string, string>([[source.rootResourceId, api.rootResourceId]]);
  const resources = store.resources.list(source.id);
  for (const r of resources) if (!resourceIds.has(r.id)) resourceIds.set(r.id, s.ids.apiGatewayId(6));
  for (const r of resources) {
    const id = resourceIds.get(r.id) as string;
    const methods: Record<string, Method> = {};
    for (const [verb, m] of Object.entries(r.resourceMethods ?? {})) {
      const copy: Method = { ...m, authorizerId: m.authorizerId ? authorizerIds.get(m.authorizerId) : undefined };
      if (m.methodIntegration)
        copy.methodIntegration = {
          ...m.methodIntegration,
          cacheNamespace: m.methodIntegration.cacheNamespace === r.id ? id : m.methodIntegration.cacheNamespace,
        };
      methods[verb] = compact(copy);
    }
    const copy: Resource = {
      ...r,
      id,
      parentId: r.parentId ? resourceIds.get(r.parentId) : undefined,
      resourceMethods: Object.keys(methods).length ? methods : undefined,
    };
    store.resources.put(api.id, compact(copy));
  }
  for (const g of store.gatewayResponses.list(source.id)) store.gatewayResponses.put(api.id, g.responseType, g);
}
