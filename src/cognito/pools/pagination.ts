import { invalidParameter } from "../../wire/errors.js";

/**
 * NextToken pagination for the List* operations: the token is opaque to callers (as AWS's are) and
 * carries the offset of the next page in the stable creation order of the list.
 */
export function paginate<T>(all: readonly T[], maxResults: number, token: string | undefined): { items: T[]; nextToken?: string } {
  const start = token === undefined ? 0 : offsetOf(token);
  const items = all.slice(start, start + maxResults);
  const next = start + items.length;
  return next < all.length ? { items, nextToken: tokenFor(next) } : { items };
}

const tokenFor = (offset: number): string => Buffer.from(JSON.stringify({ offset }), "utf8").toString("base64url");

function offsetOf(token: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { offset?: unknown };
    if (typeof parsed.offset === "number" && Number.isInteger(parsed.offset) && parsed.offset >= 0) return parsed.offset;
  } catch {
    // fall through to the error below
  }
  // Message inferred.
  throw invalidParameter("Invalid pagination token.");
}
