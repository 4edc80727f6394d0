import type { Resource } from "../../shapes/apigateway.js";
import { str } from "../../wire/validation.js";
import { apigw, requireResource } from "../control/lookup.js";
import { MAX_RESOURCES_PER_API, resourceLimitExceeded } from "../control/quotas.js";
import { checkChild, childPath } from "../control/resources.js";
import { defineRestOperation } from "../operation.js";

export const CreateResource = defineRestOperation({
  name: "CreateResource",
  method: "POST",
  path: "/restapis/{restApiId}/resources/{parentId}",
  status: 201,
  input: { pathPart: str({ required: true }) },
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const parent = requireResource(s, restApiId, req.path.parentId as string);
    const pathPart = req.body.pathPart as string;
    checkChild(s, restApiId, parent, pathPart);
    // The root counts: GetResources lists it among the API's resources.
    if (apigw(s).resources.list(restApiId).length >= MAX_RESOURCES_PER_API) throw resourceLimitExceeded();
    const resource: Resource = { id: s.ids.apiGatewayId(6), parentId: parent.id, pathPart, path: childPath(parent, pathPart) };
    apigw(s).resources.put(restApiId, resource);
    return resource;
  },
});
