import { apiKeyView, queryFlag } from "../control/api-keys.js";
import { apigw } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { defineRestOperation } from "../operation.js";

/** `name` (the SDK's nameQuery) matches names starting with it [inferred]; `customerId` matches exactly. */
export const GetApiKeys = defineRestOperation({
  name: "GetApiKeys",
  method: "GET",
  path: "/apikeys",
  status: 200,
  run(s, req) {
    const name = req.query.get("name");
    const customerId = req.query.get("customerId");
    const includeValues = queryFlag(req.query, "includeValues");
    const keys = apigw(s)
      .apiKeys.list()
      .filter((k) => (name === null || (k.name ?? "").startsWith(name)) && (customerId === null || k.customerId === customerId));
    const found = page(keys, req.query);
    return { ...found, item: found.item.map((k) => apiKeyView(k, includeValues)) };
  },
});
