import { requireApiKeyRecord } from "../control/api-keys.js";
import { apigw } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { defineRestOperation } from "../operation.js";

/** With `keyId`, only the plans that list that key (an unknown key id is a 404 [inferred]). */
export const GetUsagePlans = defineRestOperation({
  name: "GetUsagePlans",
  method: "GET",
  path: "/usageplans",
  status: 200,
  run(s, req) {
    const keyId = req.query.get("keyId");
    const plans = keyId === null ? apigw(s).usagePlans.list() : apigw(s).usagePlans.listWithKey(requireApiKeyRecord(s, keyId).id);
    return page(plans, req.query);
  },
});
