import { type Finding, finding } from "../../checks/types.js";

/**
 * `api.product` (doctor only): the id is not a REST API. The same execute-api host name serves HTTP APIs, whose
 * JWT authorizers work differently (they check aud/client_id and answer 401 with a WWW-Authenticate header), so a
 * REST API checklist does not apply to them. A warning: request.stage already fails for the missing API.
 */
export const ID = "api.product";

export const checkProduct = (apiId: string, region: string, exists: boolean): Finding =>
  exists
    ? finding(ID, "pass", "rest-api", { params: { apiId } })
    : finding(ID, "warn", "not-rest-api", { params: { apiId, region }, actual: apiId, expected: "a REST API id" });
