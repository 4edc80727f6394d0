import { apigw, requireStage } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const DeleteStage = defineRestOperation({
  name: "DeleteStage",
  method: "DELETE",
  path: "/restapis/{restApiId}/stages/{stageName}",
  status: 202,
  run(s, req) {
    const stage = requireStage(s, req.path.restApiId as string, req.path.stageName as string);
    apigw(s).stages.delete(stage.restApiId, stage.stageName);
    return undefined;
  },
});
