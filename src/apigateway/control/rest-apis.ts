import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { RestApi } from "../model.js";
import { badRequest, conflict } from "./errors.js";
import { apigw } from "./lookup.js";
import { compact } from "./methods.js";
import { savePolicy } from "./policy.js";

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
}

/**
 * Creates an API with its root resource "/". The `_custom_id_` tag pins the id, the convention LocalStack
 * established so that scripts and tests can know invoke URLs in advance.
 */
export function createRestApi(s: Pick<Services, "db" | "ids" | "clock" | "config">, input: NewRestApi): RestApi {
  const store = apigw(s);
  const customId = input.tags?._custom_id_;
  if (customId !== undefined && !/^[a-z0-9]{1,32}$/.test(customId)) throw badRequest("The _custom_id_ tag must be 1 to 32 lower-case letters or digits");
  const id = customId ?? s.ids.apiGatewayId(10);
  if (store.restApis.get(id)) throw conflict(`A REST API with id ${id} already exists`);
  const rootResourceId = s.ids.apiGatewayId(6);
  const api: RestApi = compact({
    id,
    name: input.name,
    description: input.description,
    createdDate: epochSeconds(s.clock),
    version: input.version,
    binaryMediaTypes: input.binaryMediaTypes,
    minimumCompressionSize: input.minimumCompressionSize,
    apiKeySource: input.apiKeySource ?? "HEADER",
    endpointConfiguration: input.endpointConfiguration ?? { types: ["EDGE"] },
    policy: input.policy ? savePolicy(input.policy, s.config.region, id).stored : undefined,
    tags: input.tags,
    disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
    rootResourceId,
  });
  store.tx(() => {
    store.restApis.put(api);
    store.resources.put(id, { id: rootResourceId, path: "/" });
  });
  return api;
}
