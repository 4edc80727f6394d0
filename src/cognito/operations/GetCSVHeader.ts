import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";

/** Not imported from a CSV: Cognito assigns `sub`, and `identities` comes from federation. */
const NOT_IMPORTED = new Set(["sub", "identities"]);

/**
 * The user-import CSV columns: the pool's schema attributes in schema order (custom ones included),
 * then `cognito:mfa_enabled` and `cognito:username`, as in the AWS CLI example for get-csv-header.
 */
export const GetCSVHeader = defineOperation({
  name: "GetCSVHeader",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId },
  run(s, req: { UserPoolId: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const columns = pool.SchemaAttributes.map((a) => a.Name).filter((n) => !NOT_IMPORTED.has(n));
    return { UserPoolId: pool.Id, CSVHeader: [...columns, "cognito:mfa_enabled", "cognito:username"] };
  },
});
