import type { Integration, IntegrationType } from "../../shapes/apigateway.js";
import { badRequest } from "../control/errors.js";
import { buildIntegration } from "../control/integrations.js";
import { apigw, requireIntegration } from "../control/lookup.js";
import { withMethod } from "../control/methods.js";
import { applyPatch, mapRule, patchInteger, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

const TYPES = ["HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"];

export const UpdateIntegration = defineRestOperation({
  name: "UpdateIntegration",
  method: "PATCH",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method, integration } = requireIntegration(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const i: Integration = { ...integration };
    applyPatch(i, patchOperationsOf(req.body), [
      scalarRule("/type", (t, v) => {
        if (!v || !TYPES.includes(v)) throw badRequest(`Invalid integration type specified: ${v}`);
        t.type = v as IntegrationType;
      }),
      scalarRule("/httpMethod", (t, v) => {
        t.httpMethod = v;
      }),
      scalarRule("/uri", (t, v) => {
        t.uri = v;
      }),
      scalarRule("/credentials", (t, v) => {
        t.credentials = v;
      }),
      scalarRule("/connectionType", (t, v) => {
        t.connectionType = v;
      }),
      scalarRule("/passthroughBehavior", (t, v) => {
        t.passthroughBehavior = v;
      }),
      scalarRule("/contentHandling", (t, v) => {
        t.contentHandling = v;
      }),
      scalarRule("/cacheNamespace", (t, v) => {
        t.cacheNamespace = v;
      }),
      scalarRule("/timeoutInMillis", (t, _v, op) => {
        t.timeoutInMillis = patchInteger(op);
      }),
      mapRule(
        "/requestParameters",
        (t) => t.requestParameters,
        (t, m) => {
          t.requestParameters = m;
        },
      ),
      mapRule(
        "/requestTemplates",
        (t) => t.requestTemplates,
        (t, m) => {
          t.requestTemplates = m;
        },
      ),
    ]);
    // Re-check the result with PutIntegration's rules.
    const checked = buildIntegration(resource.id, i, integration);
    apigw(s).resources.put(restApiId, withMethod(resource, method.httpMethod, { ...method, methodIntegration: checked }));
    return checked;
  },
});
