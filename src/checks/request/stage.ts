import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** `request.stage`: the URL names a deployed stage of an API whose execute-api endpoint is enabled (else 403 Forbidden). */
export const stageCheck = defineCheck("request.stage", "request", {
  ok: "pass",
  "unknown-api": "fail",
  "no-stage": "fail",
  "unknown-stage": "fail",
  "no-deployment": "fail",
  "endpoint-disabled": "fail",
});

export function checkStage(r: {
  apiId: string;
  stageName: string;
  apiExists: boolean;
  stageExists: boolean;
  deploymentExists: boolean;
  endpointDisabled?: boolean;
  stages?: string[];
}): Finding {
  const f = stageCheck.finding;
  const params = { apiId: r.apiId, stage: r.stageName, stages: (r.stages ?? []).join(", ") || "none" };
  if (!r.apiExists) return f("unknown-api", { params, actual: r.apiId, expected: "the id of an existing REST API" });
  if (!r.stageName) return f("no-stage", { params, expected: r.stages?.length ? r.stages.map((s) => `/${s}/...`) : "/<stage>/<path>" });
  if (!r.stageExists) return f("unknown-stage", { params, actual: r.stageName, expected: r.stages ?? "a deployed stage" });
  if (!r.deploymentExists) return f("no-deployment", { params, actual: r.stageName, expected: "a stage pointing to an existing deployment" });
  if (r.endpointDisabled) return f("endpoint-disabled", { params, actual: "disableExecuteApiEndpoint: true", expected: "false" });
  return f("ok", { params });
}
