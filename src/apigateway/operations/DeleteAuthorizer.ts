import { conflict } from "../control/errors.js";
import { apigw, requireAuthorizer } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const DeleteAuthorizer = defineRestOperation({
  name: "DeleteAuthorizer",
  method: "DELETE",
  path: "/restapis/{restApiId}/authorizers/{authorizerId}",
  status: 202,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const authorizer = requireAuthorizer(s, restApiId, req.path.authorizerId as string);
    const store = apigw(s);
    // AWS refuses to delete an authorizer a method still uses (poolgate's wording).
    for (const r of store.resources.list(restApiId))
      for (const m of Object.values(r.resourceMethods ?? {}))
        if (m.authorizerId === authorizer.id)
          throw conflict(`Cannot delete authorizer '${authorizer.name}', is referenced in method: ${m.httpMethod}${r.path}`);
    store.authorizers.delete(restApiId, authorizer.id);
    return undefined;
  },
});
