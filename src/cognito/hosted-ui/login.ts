import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import type { AuthorizeRequest } from "../oauth/authorize-request.js";
import { completeAuthorization } from "../oauth/complete-authorization.js";
import { beginNewPassword, renderNewPasswordPage } from "./change-password.js";
import type { HostedUiContext } from "./context.js";
import { CSRF_FIELD, csrfToken, csrfValid } from "./csrf.js";
import { escapeHtml } from "./escape.js";
import { readForm } from "./form.js";
import { beginMfa, beginMfaSetup, renderMfaPage } from "./mfa.js";
import { redirect, sendPage } from "./page.js";
import { pageRequest } from "./page-request.js";
import { currentSession, startSession } from "./session.js";
import { signInWithPassword } from "./sign-in.js";
import { renderConfirm } from "./sign-up.js";

/** `?{query}` of the authorize request, escaped for an attribute: every form and link keeps the request. */
export const queryAttr = (query: URLSearchParams): string => escapeHtml(query.toString() ? `?${query.toString()}` : "");

/** The sign-in form, with links to sign-up and forgot-password that carry the same authorize request. */
export function renderLoginPage(
  ctx: HostedUiContext,
  req: IncomingMessage,
  res: ServerResponse,
  r: AuthorizeRequest,
  opts: { status?: number; error?: string; notice?: string; username?: string } = {},
): void {
  const csrf = csrfToken(ctx, req);
  const q = queryAttr(r.query);
  const html = `<form method="post" action="/login${q}" id="signin">
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" required value="${escapeHtml(opts.username ?? "")}">
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit" name="signInSubmitButton" value="Sign in">Sign in</button>
</form>
<nav><a id="forgot-password" href="/forgotPassword${q}">Forgot your password?</a>
<a id="sign-up" href="/signup${q}">Need an account? Sign up</a></nav>
<p>Signing in to <strong id="client-name">${escapeHtml(r.client.ClientName)}</strong></p>`;
  sendPage(res, opts.status ?? 200, { title: "Sign in", html, error: opts.error, notice: opts.notice }, { "set-cookie": csrf.setCookie });
}

/** GET /login (AWS Developer Guide, "login endpoint"): the same parameters as /oauth2/authorize; a live session skips the form. */
export async function loginPage(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const session = currentSession(ctx, req, r.pool);
  if (session) {
    redirect(res, await completeAuthorization(ctx, r, session.user, session.authTime));
    return;
  }
  renderLoginPage(ctx, req, res, r);
}

/** POST /login: the form submission. */
export async function loginSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  if (!form || !csrfValid(ctx, req, form)) {
    renderLoginPage(ctx, req, res, r, { status: 403, error: "Your sign-in form expired. Please try again." });
    return;
  }
  const username = (form.get("username") ?? "").trim();
  const result = await signInWithPassword(ctx, r.pool, r.client, username, form.get("password") ?? "");
  switch (result.kind) {
    case "signed-in": {
      const session = startSession(ctx, r.pool, result.user, r.client.ClientId);
      redirect(res, await completeAuthorization(ctx, r, result.user, session.authTime), { "set-cookie": session.setCookie });
      return;
    }
    case "new-password-required":
      renderNewPasswordPage(ctx, req, res, r, beginNewPassword(ctx, r, result.user));
      return;
    case "mfa-required":
      renderMfaPage(ctx, req, res, r, beginMfa(ctx, r, result.user));
      return;
    case "mfa-setup-required":
      beginMfaSetup(ctx, req, res, r, result.user);
      return;
    case "unconfirmed":
      // As the hosted UI does, an unconfirmed user is taken to the account confirmation form.
      renderConfirm(ctx, req, res, r, result.username, "User is not confirmed.");
      return;
    case "refused":
      renderLoginPage(ctx, req, res, r, { error: result.message, username });
      return;
  }
}
