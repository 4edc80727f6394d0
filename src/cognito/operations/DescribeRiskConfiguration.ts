import { Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requireClient, requirePool } from "../pools/lookup.js";

/**
 * Threat protection (adaptive authentication, compromised credentials, IP lists) is not emulated: the
 * answer names the pool (and client) with no risk settings, as for a pool where none were set.
 */
export const DescribeRiskConfiguration = defineOperation({
  name: "DescribeRiskConfiguration",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, ClientId: str({ min: 1, max: 128, pattern: "[\\w+]+" }) },
  run(s, req: { UserPoolId: string; ClientId?: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    if (req.ClientId !== undefined) requireClient(s.cognito, req.ClientId, pool.Id);
    return { RiskConfiguration: { UserPoolId: pool.Id, ...(req.ClientId !== undefined ? { ClientId: req.ClientId } : {}) } };
  },
});
