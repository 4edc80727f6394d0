import { requireApi } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const GetRestApi = defineRestOperation({
  name: "GetRestApi",
  method: "GET",
  path: "/restapis/{restApiId}",
  status: 200,
  run: (s, req) => requireApi(s, req.path.restApiId as string),
});
