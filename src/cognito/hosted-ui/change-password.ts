import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import { epochSeconds } from "../../platform/clock.js";
import type { UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { softwareTokenStep } from "../mfa/software-token.js";
import type { AuthorizeRequest } from "../oauth/authorize-request.js";
import { completeAuthorization } from "../oauth/complete-authorization.js";
import { hashToken } from "../tokens/refresh-token.js";
import { withPassword } from "../users/password.js";
import type { HostedUiContext } from "./context.js";
import { CSRF_FIELD, csrfToken, csrfValid } from "./csrf.js";
import { escapeHtml } from "./escape.js";
import { readForm } from "./form.js";
import { queryAttr, renderLoginPage } from "./login.js";
import { beginMfa, beginMfaSetup, renderMfaPage } from "./mfa.js";
import { redirect, sendPage } from "./page.js";
import { pageRequest } from "./page-request.js";
import { beginPendingStep } from "./pending-step.js";
import { startSession } from "./session.js";

const CHALLENGE_FIELD = "challenge";

/**
 * A FORCE_CHANGE_PASSWORD user proved the temporary password: remember that for the client's auth session
 * validity (3 minutes by default), keyed by a secret carried in the new-password form.
 */
export const beginNewPassword = (ctx: HostedUiContext, r: AuthorizeRequest, user: UserRecord): string => beginPendingStep(ctx, r, user, "new-password");

export function renderNewPasswordPage(
  ctx: HostedUiContext,
  req: IncomingMessage,
  res: ServerResponse,
  r: AuthorizeRequest,
  challenge: string,
  opts: { status?: number; error?: string } = {},
): void {
  const csrf = csrfToken(ctx, req);
  const html = `<p>Please enter a new password.</p>
<form method="post" action="/changePassword${queryAttr(r.query)}" id="new-password">
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
<input type="hidden" name="${CHALLENGE_FIELD}" value="${escapeHtml(challenge)}">
<label for="newPassword">New password</label>
<input type="password" id="newPassword" name="newPassword" autocomplete="new-password" required>
<label for="confirmPassword">Enter new password again</label>
<input type="password" id="confirmPassword" name="confirmPassword" autocomplete="new-password" required>
<button type="submit">Send</button>
</form>`;
  sendPage(res, opts.status ?? 200, { title: "Change password", html, error: opts.error }, { "set-cookie": csrf.setCookie });
}

/** POST /changePassword: sets the permanent password, confirms the user and completes the authorize request. */
export async function changePasswordSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  const challenge = form?.get(CHALLENGE_FIELD) ?? "";
  const now = epochSeconds(ctx.s.clock);
  const pending = challenge ? ctx.oauth.sessions.get(hashToken(challenge), "new-password", now) : undefined;
  const user = pending && pending.poolId === r.pool.Id ? ctx.s.cognito.users.get(r.pool.Id, pending.usernameKey) : undefined;
  if (!form || !csrfValid(ctx, req, form) || !pending || !user || user.UserStatus !== "FORCE_CHANGE_PASSWORD") {
    renderLoginPage(ctx, req, res, r, { status: 403, error: "Invalid session for the user, session is expired." });
    return;
  }
  const password = form.get("newPassword") ?? "";
  if (password !== (form.get("confirmPassword") ?? "")) {
    renderNewPasswordPage(ctx, req, res, r, challenge, { error: "Passwords do not match." });
    return;
  }
  let updated: UserRecord;
  try {
    updated = await withPassword(r.pool, user, password, now);
  } catch (e) {
    if (!(e instanceof AwsJsonError)) throw e;
    renderNewPasswordPage(ctx, req, res, r, challenge, { error: e.message });
    return;
  }
  updated = { ...updated, UserStatus: "CONFIRMED", UserLastModifiedDate: now };
  ctx.s.cognito.users.put(r.pool.Id, pending.usernameKey, updated);
  ctx.oauth.sessions.delete(pending.idHash);
  // A pool that requires MFA asks for it in this same sign-in, as the API's NEW_PASSWORD_REQUIRED answer does: a
  // code from an authenticator the user has, or setting one up.
  const mfa = softwareTokenStep(r.pool, updated);
  if (mfa === "code") return renderMfaPage(ctx, req, res, r, beginMfa(ctx, r, updated));
  if (mfa === "setup") return beginMfaSetup(ctx, req, res, r, updated);
  const session = startSession(ctx, r.pool, updated, r.client.ClientId);
  redirect(res, await completeAuthorization(ctx, r, updated, session.authTime), { "set-cookie": session.setCookie });
}
