import { toYaml } from "../../wire/yaml.js";
import { badRequest, stageNotFound } from "../control/errors.js";
import { apigw, requireStage } from "../control/lookup.js";
import { type ExportType, exportSnapshot } from "../openapi/export.js";
import { defineRestOperation, RawPayload } from "../operation.js";

/** Exports what a stage serves (its deployment's snapshot), not the live configuration. */
export const GetExport = defineRestOperation({
  name: "GetExport",
  method: "GET",
  path: "/restapis/{restApiId}/stages/{stageName}/exports/{exportType}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const stage = requireStage(s, restApiId, req.path.stageName as string);
    const type = req.path.exportType as string;
    if (type !== "oas30" && type !== "swagger") throw badRequest(`Invalid export type specified: ${type}. Must be one of: [oas30, swagger]`);
    const snapshot = apigw(s).deployments.snapshot(restApiId, stage.deploymentId);
    if (!snapshot) throw stageNotFound();
    const extensions = new Set(
      (req.query.get("extensions") ?? "")
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    );
    const doc = exportSnapshot(snapshot, { type: type as ExportType, stageName: stage.stageName, extensions, urls: s.urls });
    const accept = String(req.headers.accept ?? "application/json");
    const yaml = /application\/(x-)?yaml/.test(accept);
    const ext = yaml ? "yaml" : "json";
    return new RawPayload(yaml ? toYaml(doc) : JSON.stringify(doc, null, 2), {
      "content-type": yaml ? "application/yaml" : "application/json",
      "content-disposition": `attachment; filename="${type}_${snapshot.createdDate}.${ext}"`,
    });
  },
});
