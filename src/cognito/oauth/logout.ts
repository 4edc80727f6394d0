import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { redirect } from "../hosted-ui/page.js";
import { endSession } from "../hosted-ui/session.js";

/**
 * GET /logout (AWS Developer Guide, "logout endpoint"): clears the hosted-UI session cookie, then either redirects to a registered
 * `logout_uri`, or (with `redirect_uri` + `response_type`) sends the browser to /login with those parameters.
 * It revokes no tokens. An unregistered logout_uri goes to the error page, never to the client.
 */
export async function logoutEndpoint(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const q = info.url.searchParams;
  const { urls } = ctx.s;
  const clientId = q.get("client_id");
  const client = clientId ? ctx.s.cognito.clients.get(clientId) : undefined;
  if (!clientId || !client || (ctx.domainPool && ctx.domainPool.Id !== client.UserPoolId)) {
    redirect(res, urls.hostedUi(ctx.origin, "/error", { error: "invalid_request" }));
    return;
  }
  const logoutUri = q.get("logout_uri");
  if (logoutUri !== null) {
    if (!(client.LogoutURLs ?? []).includes(logoutUri)) {
      redirect(res, urls.hostedUi(ctx.origin, "/error", { error: "redirect_mismatch", client_id: clientId }));
      return;
    }
    redirect(res, logoutUri, { "set-cookie": endSession(ctx, req) });
    return;
  }
  if (q.get("redirect_uri") !== null && q.get("response_type") !== null) {
    const login = new URLSearchParams();
    for (const name of ["client_id", "redirect_uri", "response_type", "state", "scope", "nonce", "code_challenge", "code_challenge_method"]) {
      const v = q.get(name);
      if (v !== null) login.set(name, v);
    }
    redirect(res, urls.hostedUi(ctx.origin, "/login", login), { "set-cookie": endSession(ctx, req) });
    return;
  }
  redirect(res, urls.hostedUi(ctx.origin, "/error", { error: "invalid_request", client_id: clientId }));
}
