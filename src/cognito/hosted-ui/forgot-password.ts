import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import type { AuthorizeRequest } from "../oauth/authorize-request.js";
import type { HostedUiContext } from "./context.js";
import { CSRF_FIELD, csrfToken, csrfValid } from "./csrf.js";
import { escapeHtml } from "./escape.js";
import { readForm } from "./form.js";
import { queryAttr, renderLoginPage } from "./login.js";
import { callOperation } from "./operations.js";
import { sendPage } from "./page.js";
import { pageRequest } from "./page-request.js";

function renderForgot(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, r: AuthorizeRequest, opts: { error?: string; username?: string } = {}) {
  const csrf = csrfToken(ctx, req);
  const html = `<p>Enter your username and we will send a code to reset your password.</p>
<form method="post" action="/forgotPassword${queryAttr(r.query)}" id="forgot">
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
<label for="username">Username</label><input type="text" id="username" name="username" required value="${escapeHtml(opts.username ?? "")}">
<button type="submit">Reset my password</button>
</form>
<nav><a href="/login${queryAttr(r.query)}">Back to sign in</a></nav>`;
  sendPage(res, 200, { title: "Forgot your password?", html, error: opts.error }, { "set-cookie": csrf.setCookie });
}

function renderReset(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, r: AuthorizeRequest, username: string, error?: string) {
  const csrf = csrfToken(ctx, req);
  const html = `<form method="post" action="/confirmForgotPassword${queryAttr(r.query)}" id="reset">
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
<input type="hidden" name="username" value="${escapeHtml(username)}">
<label for="code">Code</label><input type="text" id="code" name="code" autocomplete="one-time-code" required>
<label for="password">New password</label><input type="password" id="password" name="password" autocomplete="new-password" required>
<button type="submit">Change password</button>
</form>`;
  sendPage(
    res,
    200,
    { title: "Reset your password", html, error, notice: "poolgate sends no e-mail: the code is in the local outbox, GET /_poolgate/codes." },
    { "set-cookie": csrf.setCookie },
  );
}

/** GET /forgotPassword. */
export async function forgotPasswordPage(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (r) renderForgot(ctx, req, res, r);
}

/** POST /forgotPassword: ForgotPassword, then the code + new password form. */
export async function forgotPasswordSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  const username = (form?.get("username") ?? "").trim();
  if (!form || !csrfValid(ctx, req, form)) {
    renderForgot(ctx, req, res, r, { error: "Your form expired. Please try again.", username });
    return;
  }
  const result = await callOperation(ctx, info, "ForgotPassword", r.client, { Username: username });
  if (!result.ok) {
    renderForgot(ctx, req, res, r, { error: result.message, username });
    return;
  }
  renderReset(ctx, req, res, r, username);
}

/** POST /confirmForgotPassword: ConfirmForgotPassword, then the sign-in form. */
export async function resetPasswordSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  const username = form?.get("username") ?? "";
  if (!form || !csrfValid(ctx, req, form)) {
    renderReset(ctx, req, res, r, username, "Your form expired. Please try again.");
    return;
  }
  const result = await callOperation(ctx, info, "ConfirmForgotPassword", r.client, {
    Username: username,
    ConfirmationCode: (form.get("code") ?? "").trim(),
    Password: form.get("password") ?? "",
  });
  if (!result.ok) {
    renderReset(ctx, req, res, r, username, result.message);
    return;
  }
  renderLoginPage(ctx, req, res, r, { notice: "Your password has been changed. Sign in.", username });
}
