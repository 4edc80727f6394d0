import type { PoolRecord } from "../../store/cognito/records.js";

/**
 * UserPoolType as the wire shows it: the stored record without poolgate's own members. Those are named in
 * lower case (AWS members are PascalCase), like the password hash on a user record.
 */
export function poolShape(pool: PoolRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(pool).filter(([k]) => !/^[a-z]/.test(k)));
}
