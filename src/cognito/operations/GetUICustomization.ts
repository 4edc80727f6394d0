import { Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requireClient, requirePool } from "../pools/lookup.js";

/**
 * Classic hosted-UI branding. poolgate stores none (SetUICustomization is not implemented), so the answer
 * is the pool-level ("ALL") entry with no CSS or logo, which AWS falls back to when a client has none.
 */
export const GetUICustomization = defineOperation({
  name: "GetUICustomization",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, ClientId: str({ min: 1, max: 128, pattern: "[\\w+]+" }) },
  run(s, req: { UserPoolId: string; ClientId?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    if (req.ClientId !== undefined) requireClient(s.cognito, req.ClientId, pool.Id);
    return { UICustomization: { UserPoolId: pool.Id, ClientId: "ALL" } };
  },
});
