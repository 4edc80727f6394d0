import type { MethodResponse } from "../../shapes/apigateway.js";
import { methodResponseNotFound } from "../control/errors.js";
import { apigw, requireMethod } from "../control/lookup.js";
import { withMethod } from "../control/methods.js";
import { applyPatch, patchOperationsOf } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

/** Patches /responseParameters/{name} (value "true"/"false") and /responseModels/{contentType}. */
export const UpdateMethodResponse = defineRestOperation({
  name: "UpdateMethodResponse",
  method: "PATCH",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
  // The AWS model binds this operation to 201, unlike the other updates.
  status: 201,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const { resource, method } = requireMethod(s, restApiId, req.path.resourceId as string, req.path.httpMethod as string);
    const current = method.methodResponses?.[req.path.statusCode as string];
    if (!current) throw methodResponseNotFound();
    const r: MethodResponse = { ...current };
    applyPatch(r, patchOperationsOf(req.body), [
      {
        path: "/responseParameters/*",
        ops: ["add", "replace", "remove"],
        apply: (t, op, key) => {
          const m = { ...(t.responseParameters ?? {}) };
          if (op.op === "remove") delete m[key];
          else m[key] = op.value === "true";
          t.responseParameters = Object.keys(m).length ? m : undefined;
        },
      },
      {
        path: "/responseModels/*",
        ops: ["add", "replace", "remove"],
        apply: (t, op, key) => {
          const m = { ...(t.responseModels ?? {}) };
          if (op.op === "remove") delete m[key];
          else m[key] = op.value ?? "";
          t.responseModels = Object.keys(m).length ? m : undefined;
        },
      },
    ]);
    if (!r.responseParameters) delete r.responseParameters;
    if (!r.responseModels) delete r.responseModels;
    apigw(s).resources.put(
      restApiId,
      withMethod(resource, method.httpMethod, { ...method, methodResponses: { ...method.methodResponses, [r.statusCode]: r } }),
    );
    return r;
  },
});
