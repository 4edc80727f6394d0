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

const OUTBOX_NOTICE = "poolgate sends no e-mail: the code is in the local outbox, GET /_poolgate/codes.";

const emailIsUsername = (r: AuthorizeRequest) => r.pool.UsernameAttributes?.includes("email") ?? false;

function renderSignUp(
  ctx: HostedUiContext,
  req: IncomingMessage,
  res: ServerResponse,
  r: AuthorizeRequest,
  opts: { error?: string; username?: string; email?: string } = {},
) {
  const csrf = csrfToken(ctx, req);
  const usernameField = emailIsUsername(r)
    ? ""
    : `<label for="username">Username</label><input type="text" id="username" name="username" required value="${escapeHtml(opts.username ?? "")}">`;
  const html = `<form method="post" action="/signup${queryAttr(r.query)}" id="signup">
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
${usernameField}
<label for="email">Email</label><input type="email" id="email" name="email" ${emailIsUsername(r) ? "required" : ""} value="${escapeHtml(opts.email ?? "")}">
<label for="password">Password</label><input type="password" id="password" name="password" autocomplete="new-password" required>
<button type="submit">Sign up</button>
</form>
<nav><a href="/login${queryAttr(r.query)}">Already have an account? Sign in</a></nav>`;
  sendPage(res, 200, { title: "Sign up", html, error: opts.error }, { "set-cookie": csrf.setCookie });
}

/** The account confirmation form (code from the local outbox). */
export function renderConfirm(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, r: AuthorizeRequest, username: string, error?: string) {
  const csrf = csrfToken(ctx, req);
  const html = `<form method="post" action="/confirmUser${queryAttr(r.query)}" id="confirm">
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
<input type="hidden" name="username" value="${escapeHtml(username)}">
<label for="code">Verification code</label><input type="text" id="code" name="code" autocomplete="one-time-code" required>
<button type="submit">Confirm account</button>
</form>`;
  sendPage(res, 200, { title: "Confirm account", html, error, notice: OUTBOX_NOTICE }, { "set-cookie": csrf.setCookie });
}

/** GET /signup: the sign-up form (AWS Developer Guide: the hosted UI's sign-up page takes the same parameters as /login). */
export async function signUpPage(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (r) renderSignUp(ctx, req, res, r);
}

/** POST /signup: SignUp, then the confirmation form (the code is in the local outbox). */
export async function signUpSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  if (!form || !csrfValid(ctx, req, form)) {
    renderSignUp(ctx, req, res, r, { error: "Your form expired. Please try again." });
    return;
  }
  const email = (form.get("email") ?? "").trim();
  const username = emailIsUsername(r) ? email : (form.get("username") ?? "").trim();
  const result = await callOperation(ctx, info, "SignUp", r.client, {
    Username: username,
    Password: form.get("password") ?? "",
    UserAttributes: email ? [{ Name: "email", Value: email }] : [],
  });
  if (!result.ok) {
    renderSignUp(ctx, req, res, r, { error: result.message, username, email });
    return;
  }
  if (result.output.UserConfirmed === true) {
    renderLoginPage(ctx, req, res, r, { notice: "Your account is ready. Sign in.", username });
    return;
  }
  renderConfirm(ctx, req, res, r, username);
}

/** POST /confirmUser: ConfirmSignUp with the code, then the sign-in form. */
export async function confirmSignUpSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  const username = form?.get("username") ?? "";
  if (!form || !csrfValid(ctx, req, form)) {
    renderConfirm(ctx, req, res, r, username, "Your form expired. Please try again.");
    return;
  }
  const result = await callOperation(ctx, info, "ConfirmSignUp", r.client, { Username: username, ConfirmationCode: (form.get("code") ?? "").trim() });
  if (!result.ok) {
    renderConfirm(ctx, req, res, r, username, result.message);
    return;
  }
  renderLoginPage(ctx, req, res, r, { notice: "Your account is confirmed. Sign in.", username });
}
