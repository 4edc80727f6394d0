import type { Resource } from "../../shapes/apigateway.js";
import { str } from "../../wire/validation.js";
import { apigw, requireResource } from "../control/lookup.js";
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
    const resource: Resource = { id: s.ids.apiGatewayId(6), parentId: parent.id, pathPart, path: childPath(parent, pathPart) };
    apigw(s).resources.put(restApiId, resource);
    return resource;
  },
});
