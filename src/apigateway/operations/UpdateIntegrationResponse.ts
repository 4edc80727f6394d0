import type { IntegrationResponse } from "../../shapes/apigateway.js";
import { notFound } from "../control/errors.js";
import { apigw, requireIntegration } from "../control/lookup.js";
import { compact, withMethod } from "../control/methods.js";
import { applyPatch, mapRule, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

export const UpdateIntegrationResponse = defineRestOperation({
  name: "UpdateIntegrationResponse",
  method: "PATCH",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method, integration } = requireIntegration(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const current = integration.integrationResponses?.[req.path.statusCode as string];
    if (!current) throw notFound("Invalid Response status code specified");
    const r: IntegrationResponse = { ...current };
    applyPatch(r, patchOperationsOf(req.body), [
      scalarRule(
        "/selectionPattern",
        (t, v) => {
          t.selectionPattern = v;
        },
        ["replace", "remove"],
      ),
      scalarRule(
        "/contentHandling",
        (t, v) => {
          t.contentHandling = v;
        },
        ["replace", "remove"],
      ),
      mapRule(
        "/responseTemplates",
        (t) => t.responseTemplates,
        (t, m) => {
          t.responseTemplates = m;
        },
      ),
      mapRule(
        "/responseParameters",
        (t) => t.responseParameters,
        (t, m) => {
          t.responseParameters = m;
        },
      ),
    ]);
    compact(r);
    const methodIntegration = { ...integration, integrationResponses: { ...integration.integrationResponses, [r.statusCode]: r } };
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, { ...method, methodIntegration }));
    return r;
  },
});
