import type { GatewayResponse } from "../../shapes/apigateway.js";
import { checkResponseStatus, checkResponseType } from "../control/gateway-responses.js";
import { apigw, requireApi } from "../control/lookup.js";
import { applyPatch, mapRule, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defaultGatewayResponse } from "../gateway-responses/defaults.js";
import { defineRestOperation } from "../operation.js";

/** Patching a default response customises it (from the default's values). */
export const UpdateGatewayResponse = defineRestOperation({
  name: "UpdateGatewayResponse",
  method: "PATCH",
  path: "/restapis/{restApiId}/gatewayresponses/{responseType}",
  status: 200,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const type = checkResponseType(req.path.responseType as string);
    const repo = apigw(s).gatewayResponses;
    const r: GatewayResponse = { ...(repo.get(api.id, type) ?? defaultGatewayResponse(type)), defaultResponse: false };
    applyPatch(r, patchOperationsOf(req.body), [
      scalarRule(
        "/statusCode",
        (t, v) => {
          t.statusCode = checkResponseStatus(v);
          if (!t.statusCode) delete t.statusCode;
        },
        ["replace", "remove"],
      ),
      mapRule(
        "/responseParameters",
        (t) => t.responseParameters,
        (t, m) => {
          t.responseParameters = m ?? {};
        },
      ),
      mapRule(
        "/responseTemplates",
        (t) => t.responseTemplates,
        (t, m) => {
          t.responseTemplates = m ?? {};
        },
      ),
    ]);
    repo.put(api.id, type, r);
    return r;
  },
});
