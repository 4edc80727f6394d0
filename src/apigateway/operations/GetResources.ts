import { apigw, requireApi } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { resourceWire, wantsEmbed } from "../control/resources.js";
import { defineRestOperation } from "../operation.js";

export const GetResources = defineRestOperation({
  name: "GetResources",
  method: "GET",
  path: "/restapis/{restApiId}/resources",
  status: 200,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const embed = wantsEmbed(req.query, "methods");
    return page(
      apigw(s)
        .resources.list(api.id)
        .map((r) => resourceWire(r, embed)),
      req.query,
    );
  },
});
