import { gatewayResponseNotDefined } from "../control/errors.js";
import { checkResponseType } from "../control/gateway-responses.js";
import { apigw, requireApi } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/** Returns a type to its default; one that was never customised is "not defined on api". */
export const DeleteGatewayResponse = defineRestOperation({
  name: "DeleteGatewayResponse",
  method: "DELETE",
  path: "/restapis/{restApiId}/gatewayresponses/{responseType}",
  status: 202,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const type = checkResponseType(req.path.responseType as string);
    if (!apigw(s).gatewayResponses.delete(api.id, type)) throw gatewayResponseNotDefined();
    return undefined;
  },
});
