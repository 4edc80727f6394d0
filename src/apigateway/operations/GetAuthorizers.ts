import { apigw, requireApi } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { defineRestOperation } from "../operation.js";

export const GetAuthorizers = defineRestOperation({
  name: "GetAuthorizers",
  method: "GET",
  path: "/restapis/{restApiId}/authorizers",
  status: 200,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    return page(apigw(s).authorizers.list(api.id), req.query);
  },
});
