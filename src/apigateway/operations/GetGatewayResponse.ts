import { checkResponseType } from "../control/gateway-responses.js";
import { apigw, requireApi } from "../control/lookup.js";
import { defaultGatewayResponse } from "../gateway-responses/defaults.js";
import { defineRestOperation } from "../operation.js";

export const GetGatewayResponse = defineRestOperation({
  name: "GetGatewayResponse",
  method: "GET",
  path: "/restapis/{restApiId}/gatewayresponses/{responseType}",
  status: 200,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const type = checkResponseType(req.path.responseType as string);
    return apigw(s).gatewayResponses.get(api.id, type) ?? defaultGatewayResponse(type);
  },
});
