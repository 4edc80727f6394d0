import type { Method } from "../../shapes/apigateway.js";
import { apigw, requireMethod } from "../control/lookup.js";
import { checkAuthorizationType, compact, settleAuthorization, withMethod } from "../control/methods.js";
import { applyPatch, patchBoolean, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

/**
 * Patches a method. Scopes are added/removed one value at a time; the authorizer rule is checked on the
 * result, so setting COGNITO_USER_POOLS and its authorizerId in one request works in either order.
 */
export const UpdateMethod = defineRestOperation({
  name: "UpdateMethod",
  method: "PATCH",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method } = requireMethod(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const m: Method = { ...method };
    const flagMap = (field: "requestParameters" | "requestModels") => ({
      path: `/${field}/*`,
      ops: ["add", "replace", "remove"] as const,
      apply: (t: Method, op: { op: string; value?: string }, key: string) => {
        const map: Record<string, unknown> = { ...(t[field] ?? {}) };
        if (op.op === "remove") delete map[key];
        else map[key] = field === "requestParameters" ? op.value === "true" : (op.value ?? "");
        (t as unknown as Record<string, unknown>)[field] = Object.keys(map).length ? map : undefined;
      },
    });
    applyPatch(m, patchOperationsOf(req.body), [
      scalarRule("/authorizationType", (t, v) => {
        t.authorizationType = checkAuthorizationType(v);
      }),
      scalarRule(
        "/authorizerId",
        (t, v) => {
          t.authorizerId = v;
        },
        ["replace", "remove"],
      ),
      scalarRule("/apiKeyRequired", (t, _v, op) => {
        t.apiKeyRequired = patchBoolean(op);
      }),
      scalarRule("/operationName", (t, v) => {
        t.operationName = v;
      }),
      scalarRule("/requestValidatorId", (t, v) => {
        t.requestValidatorId = v;
      }),
      {
        path: "/authorizationScopes",
        ops: ["add", "remove"],
        apply: (t, op) => {
          const scopes = new Set(t.authorizationScopes ?? []);
          if (op.value !== undefined) {
            if (op.op === "add") scopes.add(op.value);
            else scopes.delete(op.value);
          }
          t.authorizationScopes = [...scopes];
        },
      },
      flagMap("requestParameters"),
      flagMap("requestModels"),
    ]);
    const settled = settleAuthorization(s, restApiId, compact(m));
    apigw(s).resources.put(restApiId, withMethod(resource, settled.httpMethod, settled));
    return settled;
  },
});
