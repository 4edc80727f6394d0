import type { UserRecord } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";

/**
 * ListUsers' Filter: `attribute = "value"` (exact) or `attribute ^= "value"` (prefix), one condition.
 * Searchable attributes per the API reference: username, email, phone_number, name, given_name,
 * family_name, preferred_username, cognito:user_status (case-insensitive; called Status in the console),
 * status ("Enabled"/"Disabled"; called Enabled in the console) and sub. An empty Filter lists everyone.
 */
export type UserFilter = (u: UserRecord) => boolean;

const SEARCHABLE = new Set([
  "username",
  "email",
  "phone_number",
  "name",
  "given_name",
  "family_name",
  "preferred_username",
  "cognito:user_status",
  "status",
  "sub",
]);
const SYNTAX = /^\s*([^\s=^"]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

function searchedValue(u: UserRecord, attribute: string): string | undefined {
  switch (attribute) {
    case "username":
      return u.Username;
    case "cognito:user_status":
      return u.UserStatus;
    case "status":
      return u.Enabled ? "Enabled" : "Disabled";
    default:
      return u.Attributes.find((a) => a.Name === attribute)?.Value;
  }
}

export function parseUserFilter(filter: string | undefined): UserFilter {
  if (filter === undefined || filter.trim() === "") return () => true;
  const m = SYNTAX.exec(filter);
  if (!m) throw invalidParameter("Error while parsing filter");
  const [, attribute, op, raw] = m as unknown as [string, string, string, string];
  if (!SEARCHABLE.has(attribute)) throw invalidParameter(`Invalid search attribute: ${attribute}`);
  const insensitive = attribute === "cognito:user_status";
  const norm = (v: string) => (insensitive ? v.toLowerCase() : v);
  const wanted = norm(raw.replace(/\\(.)/g, "$1"));
  return (u) => {
    const v = searchedValue(u, attribute);
    if (v === undefined) return false;
    return op === "=" ? norm(v) === wanted : norm(v).startsWith(wanted);
  };
}
