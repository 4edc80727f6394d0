import { epochSeconds } from "../../platform/clock.js";
import type { Stage } from "../../shapes/apigateway.js";
import { any, bool, map, str, struct } from "../../wire/validation.js";
import { checkStageName, checkVariables, stageWire } from "../control/deployments.js";
import { conflict } from "../control/errors.js";
import { apigw, requireDeployment } from "../control/lookup.js";
import { compact } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

export const CreateStage = defineRestOperation({
  name: "CreateStage",
  method: "POST",
  path: "/restapis/{restApiId}/stages",
  status: 201,
  input: {
    stageName: str({ required: true }),
    deploymentId: str({ required: true }),
    description: str(),
    cacheClusterEnabled: bool(),
    cacheClusterSize: str(),
    variables: map(),
    documentationVersion: str(),
    canarySettings: struct(),
    tracingEnabled: bool(),
    tags: map(),
    accessLogSettings: any(),
  },
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const b = req.body;
    requireDeployment(s, restApiId, b.deploymentId);
    checkStageName(b.stageName);
    checkVariables(b.variables);
    const store = apigw(s);
    if (store.stages.get(restApiId, b.stageName)) throw conflict("Stage already exists");
    const now = epochSeconds(s.clock);
    const stage: Stage = compact({
      restApiId,
      stageName: b.stageName,
      deploymentId: b.deploymentId,
      description: b.description,
      variables: b.variables,
      tracingEnabled: b.tracingEnabled ?? false,
      tags: b.tags,
      createdDate: now,
      lastUpdatedDate: now,
    });
    store.stages.put(stage);
    return stageWire(stage);
  },
});
