import { requireMethod } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const GetMethod = defineRestOperation({
  name: "GetMethod",
  method: "GET",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
  status: 200,
  run: (s, req) => requireMethod(s, req.path.restApiId as string, req.path.resourceId as string, req.path.httpMethod as string).method,
});
