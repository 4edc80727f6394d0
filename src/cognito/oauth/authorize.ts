import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { redirect } from "../hosted-ui/page.js";
import { currentSession } from "../hosted-ui/session.js";
import { parseAuthorizeRequest } from "./authorize-request.js";
import { completeAuthorization, failureLocation } from "./complete-authorization.js";

/**
 * GET /oauth2/authorize (AWS Developer Guide, "authorization endpoint"): validate, then either answer at once from the 1-hour
 * session cookie, or send the browser to /login with the same query string.
 */
export async function authorizeEndpoint(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const outcome = parseAuthorizeRequest(ctx, info.url.searchParams);
  if (!outcome.ok) {
    redirect(res, failureLocation(ctx, outcome.failure));
    return;
  }
  const r = outcome.request;
  const session = currentSession(ctx, req, r.pool);
  if (session) {
    redirect(res, await completeAuthorization(ctx, r, session.user, session.authTime));
    return;
  }
  redirect(res, ctx.s.urls.hostedUi(ctx.origin, "/login", r.query));
}
