import { invalidParameter } from "../../wire/errors.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";

/**
 * Deletes the pool and, through the store's cascading foreign keys, its signing keys, app clients,
 * domain, resource servers, users and groups.
 */
export const DeleteUserPool = defineOperation({
  name: "DeleteUserPool",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId },
  run(s, req: { UserPoolId: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    // API reference (DeletionProtection): an ACTIVE pool cannot be deleted. Message inferred.
    if (pool.DeletionProtection === "ACTIVE")
      throw invalidParameter("The user pool cannot be deleted because deletion protection is activated. Deactivate deletion protection first.");
    s.cognito.tx(() => s.cognito.pools.delete(pool.Id));
    s.keys.forget(pool.Id);
    s.log.info("user pool deleted", { userPoolId: pool.Id });
    return {};
  },
});
