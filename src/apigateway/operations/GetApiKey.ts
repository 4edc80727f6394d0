import { apiKeyView, queryFlag, requireApiKeyRecord } from "../control/api-keys.js";
import { defineRestOperation } from "../operation.js";

export const GetApiKey = defineRestOperation({
  name: "GetApiKey",
  method: "GET",
  path: "/apikeys/{apiKey}",
  status: 200,
  run: (s, req) => apiKeyView(requireApiKeyRecord(s, req.path.apiKey as string), queryFlag(req.query, "includeValue")),
});
