import type { IncomingMessage } from "node:http";
import { readBody } from "../../http/exchange.js";

/** Hosted-UI and OAuth forms are tiny; refuse anything larger than this before reading it whole. */
export const MAX_FORM_BYTES = 64 * 1024;

/** `application/x-www-form-urlencoded`, with or without parameters such as charset (exact media type, unquoted). */
export function isFormEncoded(req: IncomingMessage): boolean {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  return type === "application/x-www-form-urlencoded";
}

/** Reads a form body; undefined when it is too large. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  try {
    return new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString("utf8"));
  } catch {
    return undefined;
  }
}
