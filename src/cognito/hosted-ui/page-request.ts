import type { ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import { type AuthorizeRequest, parseAuthorizeRequest } from "../oauth/authorize-request.js";
import { failureLocation } from "../oauth/complete-authorization.js";
import type { HostedUiContext } from "./context.js";
import { redirect } from "./page.js";

/**
 * Every hosted-UI page (login, new password, sign-up, forgot password) carries the authorize request in its
 * query and checks it again. On failure this answers with AWS's redirect and returns undefined.
 */
export function pageRequest(ctx: HostedUiContext, res: ServerResponse, info: RequestInfo): AuthorizeRequest | undefined {
  const outcome = parseAuthorizeRequest(ctx, info.url.searchParams);
  if (outcome.ok) return outcome.request;
  redirect(res, failureLocation(ctx, outcome.failure));
  return undefined;
}
