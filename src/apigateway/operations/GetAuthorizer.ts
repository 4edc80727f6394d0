import { requireAuthorizer } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const GetAuthorizer = defineRestOperation({
  name: "GetAuthorizer",
  method: "GET",
  path: "/restapis/{restApiId}/authorizers/{authorizerId}",
  status: 200,
  run: (s, req) => requireAuthorizer(s, req.path.restApiId as string, req.path.authorizerId as string),
});
