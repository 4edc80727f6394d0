import { requireApiKeyRecord } from "../control/api-keys.js";
import { apigw } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/** The key also leaves every usage plan that listed it. */
export const DeleteApiKey = defineRestOperation({
  name: "DeleteApiKey",
  method: "DELETE",
  path: "/apikeys/{apiKey}",
  status: 202,
  run(s, req) {
    const key = requireApiKeyRecord(s, req.path.apiKey as string);
    apigw(s).apiKeys.delete(key.id);
    return undefined;
  },
});
