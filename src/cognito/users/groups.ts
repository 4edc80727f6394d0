import type { CognitoStore } from "../../store/cognito/index.js";
import type { GroupRecord, PoolRecord } from "../../store/cognito/records.js";
import { resourceNotFound } from "../../wire/errors.js";
import { int, str } from "../../wire/validation.js";

/** Group fields as the API model constrains them (CreateGroup, UpdateGroup). */
export const GroupFields = {
  Description: str({ max: 2048 }),
  RoleArn: str({
    min: 20,
    max: 2048,
    pattern: "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?",
  }),
  Precedence: int({ min: 0, max: 2147483647 }),
};

/** ResourceNotFoundException "Group not found." for a group name the pool does not have. */
export function requireGroup(store: CognitoStore, pool: PoolRecord, name: string): GroupRecord {
  const g = store.groups.get(pool.Id, name);
  if (!g) throw resourceNotFound("Group not found.");
  return g;
}
