import type { IncomingMessage, ServerResponse } from "node:http";
import type { Mount, RequestInfo } from "../../http/exchange.js";
import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import { oauthStore } from "../../store/oauth/index.js";
import { regionOfPool } from "../../urls.js";
import { authorizeEndpoint } from "../oauth/authorize.js";
import { logoutEndpoint } from "../oauth/logout.js";
import { sendMethodNotAllowed, sendPreflight } from "../oauth/respond.js";
import { revokeEndpoint } from "../oauth/revoke.js";
import { tokenEndpoint } from "../oauth/token.js";
import { userInfoEndpoint } from "../oauth/userinfo.js";
import { changePasswordSubmit } from "./change-password.js";
import type { HostedUiContext } from "./context.js";
import { errorPage } from "./error-page.js";
import { forgotPasswordPage, forgotPasswordSubmit, resetPasswordSubmit } from "./forgot-password.js";
import { loginPage, loginSubmit } from "./login.js";
import { mfaSubmit } from "./mfa.js";
import { sendPage } from "./page.js";
import { confirmSignUpSubmit, signUpPage, signUpSubmit } from "./sign-up.js";

type Endpoint = (ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo) => Promise<void>;

/** Each endpoint by path and method; `*` takes every method (the endpoint answers 405 itself, as AWS does). */
const ROUTES: Record<string, Record<string, Endpoint>> = {
  "/oauth2/authorize": { GET: authorizeEndpoint },
  "/oauth2/token": { "*": tokenEndpoint },
  "/oauth2/userInfo": { GET: userInfoEndpoint, POST: userInfoEndpoint },
  "/oauth2/revoke": { "*": revokeEndpoint },
  "/login": { GET: loginPage, POST: loginSubmit },
  "/changePassword": { POST: changePasswordSubmit },
  "/mfa": { POST: mfaSubmit },
  "/signup": { GET: signUpPage, POST: signUpSubmit },
  "/confirmUser": { POST: confirmSignUpSubmit },
  "/forgotPassword": { GET: forgotPasswordPage, POST: forgotPasswordSubmit },
  "/confirmForgotPassword": { POST: resetPasswordSubmit },
  "/logout": { GET: logoutEndpoint },
  "/error": { GET: errorPage },
};

/** Endpoints that browsers' single-page apps call cross-origin. */
const CORS_PATHS: Record<string, string> = { "/oauth2/token": "POST", "/oauth2/userInfo": "GET, POST", "/oauth2/revoke": "POST" };

// userInfo is documented as /oauth2/userInfo; clients also send it lower-cased.
const routePath = (pathname: string): string => (pathname === "/oauth2/userinfo" ? "/oauth2/userInfo" : pathname);

/**
 * Hosted UI and OAuth 2.0 endpoints, served two ways: on a user pool domain's own host
 * (`{prefix}.auth.{region}.localhost:{port}`, every path, pool from the domain), and at the server root
 * (the paths above only, pool from client_id or from the token).
 */
export function hostedUiMounts(s: Services): Mount[] {
  const oauth = oauthStore(s.db);
  let lastPurge = 0;
  const secure = () => s.urls.base.startsWith("https:");

  async function serve(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
    const now = epochSeconds(s.clock);
    if (now - lastPurge >= 60) {
      lastPurge = now;
      oauth.purgeExpired(now);
    }
    const path = routePath(info.url.pathname);
    const methods = ROUTES[path];
    if (req.method === "OPTIONS" && CORS_PATHS[path]) {
      sendPreflight(res, CORS_PATHS[path] as string, req.headers["access-control-request-headers"] as string | undefined);
      return;
    }
    const endpoint = methods?.[req.method ?? ""] ?? methods?.["*"];
    if (!methods) {
      sendPage(res, 404, { title: "Not found", html: "<p>An error was encountered with the requested page.</p>" });
      return;
    }
    if (!endpoint) {
      req.resume();
      sendMethodNotAllowed(res);
      return;
    }
    await endpoint(ctx, req, res, info);
  }

  const byDomain: Mount = {
    name: "hosted-ui-domain",
    handles: (_req, info) => s.urls.hostedUiDomainFromHost(info.hostname) !== undefined,
    async handle(req, res, info) {
      const host = s.urls.hostedUiDomainFromHost(info.hostname);
      const domain = host ? s.cognito.domains.get(host.prefix) : undefined;
      const pool = domain ? s.cognito.pools.get(domain.UserPoolId) : undefined;
      if (!host || !pool || regionOfPool(pool.Id) !== host.region) {
        req.resume();
        sendPage(res, 404, { title: "Not found", html: "<p>No user pool domain has this name.</p>" });
        return;
      }
      await serve({ s, oauth, origin: s.urls.hostedUiDomainBase(host.prefix, host.region), domainPool: pool, secure: secure() }, req, res, info);
    },
  };

  const atRoot: Mount = {
    name: "hosted-ui-root",
    handles: (_req, info) => ROUTES[routePath(info.url.pathname)] !== undefined,
    handle: (req, res, info) => serve({ s, oauth, origin: s.urls.oauthBase(), secure: secure() }, req, res, info),
  };

  return [byDomain, atRoot];
}
