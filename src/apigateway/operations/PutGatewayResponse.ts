import type { GatewayResponse } from "../../shapes/apigateway.js";
import { map, str } from "../../wire/validation.js";
import { checkResponseStatus, checkResponseType } from "../control/gateway-responses.js";
import { apigw, requireApi } from "../control/lookup.js";
import { compact } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

/** Customises one response type; like every change to an API it is served after the next deployment. */
export const PutGatewayResponse = defineRestOperation({
  name: "PutGatewayResponse",
  method: "PUT",
  path: "/restapis/{restApiId}/gatewayresponses/{responseType}",
  status: 201,
  input: { statusCode: str(), responseParameters: map(), responseTemplates: map() },
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const responseType = checkResponseType(req.path.responseType as string);
    const response: GatewayResponse = compact({
      responseType,
      statusCode: checkResponseStatus(req.body.statusCode),
      responseParameters: req.body.responseParameters ?? {},
      responseTemplates: req.body.responseTemplates ?? {},
      defaultResponse: false,
    });
    apigw(s).gatewayResponses.put(api.id, responseType, response);
    return response;
  },
});
