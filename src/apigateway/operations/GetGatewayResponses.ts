import { apigw, requireApi } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { defaultGatewayResponse, GATEWAY_RESPONSE_TYPES } from "../gateway-responses/defaults.js";
import { defineRestOperation } from "../operation.js";

/** All 21 types: the customised ones as set, the others as their defaults (`defaultResponse: true`). */
export const GetGatewayResponses = defineRestOperation({
  name: "GetGatewayResponses",
  method: "GET",
  path: "/restapis/{restApiId}/gatewayresponses",
  status: 200,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const repo = apigw(s).gatewayResponses;
    return page(
      GATEWAY_RESPONSE_TYPES.map((t) => repo.get(api.id, t) ?? defaultGatewayResponse(t)),
      req.query,
    );
  },
});
