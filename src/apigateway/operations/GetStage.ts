import { stageWire } from "../control/deployments.js";
import { requireStage } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

export const GetStage = defineRestOperation({
  name: "GetStage",
  method: "GET",
  path: "/restapis/{restApiId}/stages/{stageName}",
  status: 200,
  run: (s, req) => stageWire(requireStage(s, req.path.restApiId as string, req.path.stageName as string)),
});
