import { epochSeconds } from "../../platform/clock.js";
import type { Deployment, Stage } from "../../shapes/apigateway.js";
import { bool, map, str, struct } from "../../wire/validation.js";
import { checkStageName, checkVariables, freezeSnapshot } from "../control/deployments.js";
import { apigw, requireApi } from "../control/lookup.js";
import { compact } from "../control/methods.js";
import { defineRestOperation } from "../operation.js";

/**
 * Freezes the API into a new deployment; with `stageName` it also creates that stage or repoints it
 * (AWS does both in one call). Later edits to the API reach callers only through the next deployment.
 */
export const CreateDeployment = defineRestOperation({
  name: "CreateDeployment",
  method: "POST",
  path: "/restapis/{restApiId}/deployments",
  status: 201,
  input: {
    stageName: str(),
    stageDescription: str(),
    description: str(),
    cacheClusterEnabled: bool(),
    cacheClusterSize: str(),
    variables: map(),
    canarySettings: struct(),
    tracingEnabled: bool(),
  },
  run(s, req) {
    const api = requireApi(s, req.path.restApiId as string);
    const b = req.body;
    if (b.stageName !== undefined) checkStageName(b.stageName);
    checkVariables(b.variables);
    const now = epochSeconds(s.clock);
    const deployment: Deployment = compact({ id: s.ids.apiGatewayId(10), description: b.description, createdDate: now });
    const snapshot = freezeSnapshot(s, api.id, deployment.id, now);
    const store = apigw(s);
    store.tx(() => {
      store.deployments.put(api.id, deployment, snapshot);
      if (b.stageName) {
        const existing = store.stages.get(api.id, b.stageName);
        const stage: Stage = compact({
          ...(existing ?? { restApiId: api.id, stageName: b.stageName, createdDate: now }),
          deploymentId: deployment.id,
          description: b.stageDescription ?? existing?.description,
          variables: b.variables ? { ...(existing?.variables ?? {}), ...b.variables } : existing?.variables,
          tracingEnabled: b.tracingEnabled ?? existing?.tracingEnabled,
          lastUpdatedDate: now,
        });
        store.stages.put(stage);
      }
    });
    s.log.info("api deployed", { restApiId: api.id, deploymentId: deployment.id, stage: b.stageName });
    return deployment;
  },
});
