import { apigw, requireApi } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { defineRestOperation } from "../operation.js";

export const GetDeployments = defineRestOperation({
  name: "GetDeployments",
  method: "GET",
  path: "/restapis/{restApiId}/deployments",
  status: 200,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    return page(apigw(s).deployments.list(api.id), req.query);
  },
});
