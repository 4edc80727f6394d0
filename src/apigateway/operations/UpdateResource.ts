import type { Resource } from "../../shapes/apigateway.js";
import { badRequest } from "../control/errors.js";
import { apigw, requireResource } from "../control/lookup.js";
import { applyPatch, patchOperationsOf, scalarRule } from "../control/patch.js";
import { checkChild, childPath, resourceWire, rewriteDescendantPaths, subtree } from "../control/resources.js";
import { defineRestOperation } from "../operation.js";

/** Renames (/pathPart) or moves (/parentId) a resource; its descendants' paths follow. */
export const UpdateResource = defineRestOperation({
  name: "UpdateResource",
  method: "PATCH",
  path: "/restapis/{restApiId}/resources/{resourceId}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const current = requireResource(s, restApiId, req.path.resourceId as string);
    const updated: Resource = { ...current };
    applyPatch(updated, patchOperationsOf(req.body), [
      scalarRule("/pathPart", (r, v) => {
        r.pathPart = v;
      }),
      scalarRule("/parentId", (r, v) => {
        r.parentId = v;
      }),
    ]);
    if (!current.parentId) throw badRequest("The root resource cannot be modified");
    const parent = requireResource(s, restApiId, updated.parentId ?? "");
    if (subtree(s, restApiId, current).some((r) => r.id === parent.id)) throw badRequest("A resource cannot be moved under itself");
    checkChild(s, restApiId, parent, updated.pathPart ?? "", current.id);
    updated.path = childPath(parent, updated.pathPart ?? "");
    const store = apigw(s);
    store.tx(() => {
      store.resources.put(restApiId, updated);
      rewriteDescendantPaths(s, restApiId, updated);
    });
    return resourceWire(updated, false);
  },
});
