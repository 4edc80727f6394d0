import { requireIntegration } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const GetIntegration = defineRestOperation({
  name: "GetIntegration",
  method: "GET",
  path: "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
  status: 200,
  run: (s, req) => requireIntegration(s, req.path.restApiId as string, req.path.resourceId as string, req.path.httpMethod as string).integration,
});
