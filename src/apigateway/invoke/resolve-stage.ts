import { checkStage } from "../../checks/request/stage.js";
import type { Step } from "./state.js";

/** AWS's answer when the API id is unknown (LocalStack's; on AWS the host does not resolve). */
export const unknownApiBody = (apiId: string) => JSON.stringify({ message: `The API id '${apiId}' does not correspond to a deployed API Gateway API` });

/**
 * The stage must exist and point at a deployment. AWS answers 403 {"message":"Forbidden"} (ForbiddenException)
 * for a missing or wrong stage and for a disabled execute-api endpoint (OWASP/Serverless-Goat#14, re:Post).
 * An unknown API id does not resolve in DNS on AWS; poolgate answers LocalStack's 404 instead.
 */
export const resolveStage: Step = (st, env) => {
  const { apiId, stageName } = st.target;
  const found = env.deployment(apiId, stageName);
  const { stage, snapshot } = found;
  const finding = checkStage({
    apiId,
    stageName,
    apiExists: found.apiExists,
    stageExists: stage !== undefined,
    deploymentExists: snapshot !== undefined,
    endpointDisabled: snapshot?.api.disableExecuteApiEndpoint === true,
    stages: found.stages,
  });
  st.findings.push(finding);
  if (finding.status === "fail") {
    if (finding.messageKey === "unknown-api") return { decision: "deny", cause: finding, fixed: { status: 404, body: unknownApiBody(apiId) } };
    return { decision: "deny", cause: finding, fixed: { status: 403, body: '{"message":"Forbidden"}', errorType: "ForbiddenException" } };
  }
  st.stage = stage;
  st.snapshot = snapshot;
  return undefined;
};
