import { apigw, requireDeployment } from "../control/lookup.js";
import { wantsEmbed } from "../control/resources.js";
import { defineRestOperation } from "../operation.js";

/** With embed=apisummary AWS adds {path: {VERB: {authorizationType, apiKeyRequired}}} of the deployed snapshot. */
export const GetDeployment = defineRestOperation({
  name: "GetDeployment",
  method: "GET",
  path: "/restapis/{restApiId}/deployments/{deploymentId}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const deployment = requireDeployment(s, restApiId, req.path.deploymentId as string);
    if (!wantsEmbed(req.query, "apisummary")) return deployment;
    const snapshot = apigw(s).deployments.snapshot(restApiId, deployment.id);
    const apiSummary: Record<string, Record<string, { authorizationType: string; apiKeyRequired: boolean }>> = {};
    for (const r of snapshot?.resources ?? [])
      for (const m of Object.values(r.resourceMethods ?? {})) {
        apiSummary[r.path] ??= {};
        (apiSummary[r.path] as Record<string, { authorizationType: string; apiKeyRequired: boolean }>)[m.httpMethod] = {
          authorizationType: m.authorizationType,
          apiKeyRequired: m.apiKeyRequired,
        };
      }
    return { ...deployment, apiSummary };
  },
});
