import { checkStage } from "../../checks/request/stage.js";
import type { Step } from "./state.js";

/**
 * The stage must exist and point at a deployment. AWS answers 403 {"message":"Forbidden"} (ForbiddenException)
 * for a missing or wrong stage and for a disabled execute-api endpoint (OWASP/Serverless-Goat#14, re:Post).
 * An unknown API id does not resolve in DNS on AWS; poolgate answers LocalStack's 404 instead.
 */
export const resolveStage: Step = (st, { reader, snapshots }) => {
  const { apiId, stageName } = st.target;
  const stage = stageName ? reader.stage(apiId, stageName) : undefined;
  // A stage implies its API; only a miss needs to tell an unknown API from an unknown stage.
  const apiExists = stage !== undefined || reader.restApiExists(apiId);
  const snapshot = stage ? snapshots.get(reader, apiId, stage.deploymentId) : undefined;
  const finding = checkStage({
    apiId,
    stageName,
    apiExists,
    stageExists: stage !== undefined,
    deploymentExists: snapshot !== undefined,
    endpointDisabled: snapshot?.api.disableExecuteApiEndpoint === true,
  });
  st.findings.push(finding);
  if (finding.status === "fail") {
    if (finding.messageKey === "unknown-api")
      return {
        decision: "deny",
        cause: finding,
        fixed: { status: 404, body: JSON.stringify({ message: `The API id '${apiId}' does not correspond to a deployed API Gateway API` }) },
      };
    return { decision: "deny", cause: finding, fixed: { status: 403, body: '{"message":"Forbidden"}', errorType: "ForbiddenException" } };
  }
  st.stage = stage;
  st.snapshot = snapshot;
  return undefined;
};
