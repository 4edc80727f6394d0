import { badRequest } from "../control/errors.js";
import { apigw, requireResource } from "../control/lookup.js";
import { subtree } from "../control/resources.js";
import { defineRestOperation } from "../operation.js";

/** Deletes a resource with everything under it (AWS refuses only the root). */
export const DeleteResource = defineRestOperation({
  name: "DeleteResource",
  method: "DELETE",
  path: "/restapis/{restApiId}/resources/{resourceId}",
  status: 202,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const resource = requireResource(s, restApiId, req.path.resourceId as string);
    if (!resource.parentId) throw badRequest("Cannot delete root resource");
    const store = apigw(s);
    store.tx(() => {
      for (const r of subtree(s, restApiId, resource)) store.resources.delete(restApiId, r.id);
    });
    return undefined;
  },
});
