import { requireResource } from "../control/lookup.js";
import { resourceWire, wantsEmbed } from "../control/resources.js";
import { defineRestOperation } from "../operation.js";

export const GetResource = defineRestOperation({
  name: "GetResource",
  method: "GET",
  path: "/restapis/{restApiId}/resources/{resourceId}",
  status: 200,
  run: (s, req) => resourceWire(requireResource(s, req.path.restApiId as string, req.path.resourceId as string), wantsEmbed(req.query, "methods")),
});
