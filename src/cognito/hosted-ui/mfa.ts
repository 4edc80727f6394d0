import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import { epochSeconds } from "../../platform/clock.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { enableCodeMismatch, saveSoftwareToken, signInCodeMismatch, spendSignInCode } from "../mfa/software-token.js";
import { matchTotp, newTotpSecret } from "../mfa/totp.js";
import type { AuthorizeRequest } from "../oauth/authorize-request.js";
import { completeAuthorization } from "../oauth/complete-authorization.js";
import { hashToken } from "../tokens/refresh-token.js";
import { postAuthentication } from "../triggers/authentication.js";
import type { HostedUiContext } from "./context.js";
import { CSRF_FIELD, csrfToken, csrfValid } from "./csrf.js";
import { escapeHtml } from "./escape.js";
import { readForm } from "./form.js";
import { queryAttr, renderLoginPage } from "./login.js";
import { redirect, sendPage } from "./page.js";
import { pageRequest } from "./page-request.js";
import { beginPendingStep } from "./pending-step.js";
import { startSession } from "./session.js";

const CHALLENGE_FIELD = "challenge";

/** Remembers, for the client's auth session validity, which user proved the password; keyed by a secret in the form. */
export const beginMfa = (ctx: HostedUiContext, r: AuthorizeRequest, user: UserRecord): string => beginPendingStep(ctx, r, user, "mfa");

/**
 * Gives a user who must set up MFA a new secret, pending until its first code is proven (as AssociateSoftwareToken
 * does), and renders the set-up page.
 */
export function beginMfaSetup(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, r: AuthorizeRequest, user: UserRecord): void {
  const secret = newTotpSecret();
  saveSoftwareToken(ctx.s, r.pool, user, { ...user.softwareToken, pendingSecret: secret });
  renderMfaPage(ctx, req, res, r, beginMfa(ctx, r, user), { setupSecret: secret, username: user.Username });
}

export function renderMfaPage(
  ctx: HostedUiContext,
  req: IncomingMessage,
  res: ServerResponse,
  r: AuthorizeRequest,
  challenge: string,
  opts: { error?: string; setupSecret?: string; username?: string } = {},
): void {
  const csrf = csrfToken(ctx, req);
  const setup = opts.setupSecret
    ? `<p>Set up an authenticator app: add this secret key, then enter the code it shows.</p>
<p><code id="secretCode">${escapeHtml(opts.setupSecret)}</code></p>
<p><code id="otpauthUri">${escapeHtml(otpauthUri(r.pool.Name, opts.username ?? "", opts.setupSecret))}</code></p>
<input type="hidden" name="setup" value="1">`
    : "<p>Enter the code from your authenticator app.</p>";
  const html = `<form method="post" action="/mfa${queryAttr(r.query)}" id="mfa">
${setup}
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
<input type="hidden" name="${CHALLENGE_FIELD}" value="${escapeHtml(challenge)}">
<label for="totpCode">Code</label>
<input type="text" id="totpCode" name="totpCode" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" required>
<button type="submit">Sign in</button>
</form>`;
  sendPage(res, opts.error ? 400 : 200, { title: "Multi-factor authentication", html, error: opts.error }, { "set-cookie": csrf.setCookie });
}

/** The key URI authenticator apps read (Google Authenticator's otpauth format), issuer being the pool's name. */
const otpauthUri = (issuer: string, username: string, secret: string) =>
  `otpauth://totp/${encodeURIComponent(`${issuer}:${username}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;

/** POST /mfa: checks the TOTP code, then completes the authorize request as a password sign-in would. */
export async function mfaSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  const challenge = form?.get(CHALLENGE_FIELD) ?? "";
  const now = epochSeconds(ctx.s.clock);
  const pending = challenge ? ctx.oauth.sessions.get(hashToken(challenge), "mfa", now) : undefined;
  const user = pending && pending.poolId === r.pool.Id ? ctx.s.cognito.users.get(r.pool.Id, pending.usernameKey) : undefined;
  const setup = form?.get("setup") === "1";
  const token = user?.softwareToken;
  if (!form || !csrfValid(ctx, req, form) || !pending || !user?.Enabled || !(setup ? token?.pendingSecret : token?.secret)) {
    renderLoginPage(ctx, req, res, r, { status: 403, error: "Invalid session for the user, session is expired." });
    return;
  }
  const code = (form.get("totpCode") ?? "").trim();
  let signedIn: UserRecord | undefined;
  try {
    signedIn = setup ? finishSetup(ctx, r.pool, user, code) : spendSignInCode(ctx.s, r.pool, user, code);
    if (!signedIn) throw setup ? enableCodeMismatch() : signInCodeMismatch();
    await postAuthentication(ctx.s, r.pool, signedIn, r.client.ClientId);
  } catch (e) {
    if (!(e instanceof AwsJsonError)) throw e;
    const again = setup ? { setupSecret: token?.pendingSecret, username: user.Username } : {};
    renderMfaPage(ctx, req, res, r, challenge, { error: e.message, ...again });
    return;
  }
  ctx.oauth.sessions.delete(pending.idHash);
  const session = startSession(ctx, r.pool, signedIn, r.client.ClientId);
  redirect(res, await completeAuthorization(ctx, r, signedIn, pending.authTime), { "set-cookie": session.setCookie });
}

/** The first code of a new authenticator makes it the user's enabled and preferred MFA (as MFA_SETUP does). */
function finishSetup(ctx: HostedUiContext, pool: PoolRecord, user: UserRecord, code: string): UserRecord | undefined {
  const { pendingSecret, ...kept } = user.softwareToken ?? {};
  if (!pendingSecret) return undefined;
  const step = matchTotp(pendingSecret, code, ctx.s.clock.now());
  if (step === undefined) return undefined;
  return saveSoftwareToken(ctx.s, pool, user, { ...kept, secret: pendingSecret, lastStep: step, enabled: true, preferred: true });
}
