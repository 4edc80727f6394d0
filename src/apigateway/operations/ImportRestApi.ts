import { badRequest } from "../control/errors.js";
import { parseDefinition } from "../openapi/document.js";
import { importDefinition } from "../openapi/import.js";
import { defineRestOperation } from "../operation.js";

/** POST /restapis?mode=import with an OpenAPI 3 / Swagger 2 document (JSON or YAML) as the body. */
export const ImportRestApi = defineRestOperation({
  name: "ImportRestApi",
  method: "POST",
  path: "/restapis",
  query: { mode: "import" },
  status: 201,
  body: "raw",
  run(s, req) {
    const types = req.query.get("endpointConfigurationTypes");
    if (types && !["EDGE", "REGIONAL", "PRIVATE"].includes(types)) throw badRequest(`Invalid endpoint configuration type specified: ${types}`);
    const { api, warnings } = importDefinition(s, parseDefinition(req.raw), "import", undefined, types ? { types: [types] } : undefined);
    if (warnings.length && req.query.get("failonwarnings") === "true") throw badRequest(`Warnings found during import:\n\t${warnings.join("\n\t")}`);
    return warnings.length ? { ...api, warnings } : api;
  },
});
