import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";

/** Names that reach this machine only: a page on one of them was served by poolgate itself. */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * Whether a state-changing console request comes from the console's own page. A browser sends `Origin` with every
 * POST `fetch`; it must be this server's origin as the request addressed it (scheme, Host), and that host must be
 * loopback or the host of the public URL poolgate was given, so a hostile name re-resolved to 127.0.0.1 (DNS
 * rebinding) is refused too. `Sec-Fetch-Site`, when sent, must say same-origin. Anything else (no Origin, another
 * site, a sandboxed frame's "null") is refused: the action is for the page, not for scripts elsewhere.
 */
export function fromConsolePage(req: IncomingMessage, publicBase: string): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (typeof origin !== "string" || typeof host !== "string") return false;
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") return false;
  const scheme = (req.socket as TLSSocket).encrypted ? "https" : "http";
  if (origin.toLowerCase() !== `${scheme}://${host.toLowerCase()}`) return false;
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return false;
  }
  return LOOPBACK.has(hostname) || hostname === new URL(publicBase).hostname;
}
