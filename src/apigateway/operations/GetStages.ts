import { stageWire } from "../control/deployments.js";
import { apigw, requireApi } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/** Not paged on AWS either: `{item: [...]}` without `position`, optionally filtered by deploymentId. */
export const GetStages = defineRestOperation({
  name: "GetStages",
  method: "GET",
  path: "/restapis/{restApiId}/stages",
  status: 200,
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const deploymentId = req.query.get("deploymentId");
    return {
      item: apigw(s)
        .stages.list(api.id)
        .filter((st) => !deploymentId || st.deploymentId === deploymentId)
        .map(stageWire),
    };
  },
});
