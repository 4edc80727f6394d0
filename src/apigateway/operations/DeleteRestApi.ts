import { apigw, requireApi } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const DeleteRestApi = defineRestOperation({
  name: "DeleteRestApi",
  method: "DELETE",
  path: "/restapis/{restApiId}",
  status: 202,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    apigw(s).restApis.delete(api.id);
    return undefined;
  },
});
