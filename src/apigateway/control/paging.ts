import { badRequest } from "./errors.js";

/** AWS's list operations: `limit` 1..500 (default 25), an opaque `position` for the next page. */
export function page<T>(items: T[], query: URLSearchParams): { item: T[]; position?: string } {
  const limitText = query.get("limit");
  const limit = limitText === null ? 25 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badRequest("Invalid limit specified. Limit must be between 1 and 500");
  const position = query.get("position");
  let start = 0;
  if (position) {
    const decoded = Number(Buffer.from(position, "base64url").toString("utf8"));
    if (!Number.isInteger(decoded) || decoded < 0) throw badRequest("Invalid position parameter");
    start = decoded;
  }
  const item = items.slice(start, start + limit);
  const next = start + limit;
  return next < items.length ? { item, position: Buffer.from(String(next)).toString("base64url") } : { item };
}
