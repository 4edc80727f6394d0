import type { UserRecord } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";
import { int, list, Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { parseUserFilter } from "../users/list-filter.js";
import { userType } from "../users/view.js";

interface Req {
  UserPoolId: string;
  AttributesToGet?: string[];
  Limit?: number;
  PaginationToken?: string;
  Filter?: string;
}

const BATCH = 500;

// The token carries the creation sequence of the last user returned; opaque to callers, as AWS's are.
const tokenFor = (seq: number) => Buffer.from(JSON.stringify({ after: seq }), "utf8").toString("base64url");
function afterOf(token: string): number {
  try {
    const v = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { after?: unknown };
    if (typeof v.after === "number" && Number.isInteger(v.after) && v.after >= 0) return v.after;
  } catch {
    // refused below
  }
  // Message inferred.
  throw invalidParameter("Invalid pagination token.");
}

/** Users in creation order; Limit 0–60 (0 and absent both mean 60, inferred); PaginationToken while more match. */
export const ListUsers = defineOperation({
  name: "ListUsers",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    AttributesToGet: list({ member: str({ min: 1, max: 32, pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" }) }),
    Limit: int({ min: 0, max: 60 }),
    PaginationToken: Model.PaginationToken,
    Filter: str({ max: 256 }),
  },
  run(s, req: Req) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const matches = parseUserFilter(req.Filter);
    const limit = req.Limit || 60;
    let after = req.PaginationToken ? afterOf(req.PaginationToken) : 0;
    const found: { seq: number; user: UserRecord }[] = [];
    // Read one match beyond the page to know whether to hand out a token.
    while (found.length <= limit) {
      const rows = s.cognito.users.page(pool.Id, after, BATCH);
      for (const r of rows) if (matches(r.user)) found.push(r);
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.seq;
    }
    const page = found.slice(0, limit);
    return {
      Users: page.map((r) => userType(r.user, req.AttributesToGet)),
      ...(found.length > limit ? { PaginationToken: tokenFor(page[page.length - 1]!.seq) } : {}),
    };
  },
});
