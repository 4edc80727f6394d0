import { badRequest } from "../control/errors.js";
import { requireApi } from "../control/lookup.js";
import { parseDefinition } from "../openapi/document.js";
import { importDefinition } from "../openapi/import.js";
import { defineRestOperation } from "../operation.js";

/**
 * PUT /restapis/{id}?mode=merge|overwrite: `overwrite` replaces the API's resources, authorizers, gateway
 * responses and policy with the definition; `merge` (AWS's default) adds to and replaces within them.
 */
export const PutRestApi = defineRestOperation({
  name: "PutRestApi",
  method: "PUT",
  path: "/restapis/{restApiId}",
  status: 200,
  body: "raw",
  run(s, req) {
    const existing = requireApi(s, req.path.restApiId as string);
    const mode = req.query.get("mode") ?? "merge";
    if (mode !== "merge" && mode !== "overwrite") throw badRequest(`Invalid mode specified: ${mode}. Must be one of: [merge, overwrite]`);
    const { api, warnings } = importDefinition(s, parseDefinition(req.raw), mode, existing);
    if (warnings.length && req.query.get("failonwarnings") === "true") throw badRequest(`Warnings found during import:\n\t${warnings.join("\n\t")}`);
    return warnings.length ? { ...api, warnings } : api;
  },
});
