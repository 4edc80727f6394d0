import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { epochSeconds } from "../../platform/clock.js";
import type { RequestInfo } from "../../server/http.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { poolOffersSoftwareToken, signInCodeMismatch, spendSignInCode } from "../mfa/software-token.js";
import type { AuthorizeRequest } from "../oauth/authorize-request.js";
import { completeAuthorization } from "../oauth/complete-authorization.js";
import { hashToken } from "../tokens/refresh-token.js";
import { postAuthentication } from "../triggers/authentication.js";
import { usernameKey } from "../users/lookup.js";
import type { HostedUiContext } from "./context.js";
import { CSRF_FIELD, csrfToken, csrfValid } from "./csrf.js";
import { escapeHtml } from "./escape.js";
import { readForm } from "./form.js";
import { queryAttr, renderLoginPage } from "./login.js";
import { redirect, sendPage } from "./page.js";
import { pageRequest } from "./page-request.js";
import { startSession } from "./session.js";

const CHALLENGE_FIELD = "challenge";

/**
 * What the hosted UI asks after a proven password, by the same rule as the API flows (auth/mfa-challenge.ts):
 * the TOTP code of a user with an authenticator when the pool requires MFA or the user turned it on; a required
 * MFA the user has not set up yet cannot be completed here (poolgate's hosted UI has no set-up page).
 */
export function hostedUiMfa(pool: PoolRecord, user: UserRecord): "code" | "setup" | undefined {
  if (!poolOffersSoftwareToken(pool)) return undefined;
  const required = pool.MfaConfiguration === "ON";
  if (user.softwareToken?.secret && (required || user.softwareToken.enabled)) return "code";
  return required ? "setup" : undefined;
}

/** Remembers, for the client's auth session validity, which user proved the password; keyed by a secret in the form. */
export function beginMfa(ctx: HostedUiContext, r: AuthorizeRequest, user: UserRecord): string {
  const secret = randomBytes(32).toString("base64url");
  const now = epochSeconds(ctx.s.clock);
  ctx.oauth.sessions.insert({
    idHash: hashToken(secret),
    kind: "mfa",
    poolId: r.pool.Id,
    clientId: r.client.ClientId,
    usernameKey: usernameKey(r.pool, user.Username),
    authTime: now,
    expiresAt: now + (r.client.AuthSessionValidity || 3) * 60,
  });
  return secret;
}

export function renderMfaPage(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, r: AuthorizeRequest, challenge: string, error?: string): void {
  const csrf = csrfToken(ctx, req);
  const html = `<p>Enter the code from your authenticator app.</p>
<form method="post" action="/mfa${queryAttr(r.query)}" id="mfa">
<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf.token)}">
<input type="hidden" name="${CHALLENGE_FIELD}" value="${escapeHtml(challenge)}">
<label for="totpCode">Code</label>
<input type="text" id="totpCode" name="totpCode" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" required>
<button type="submit">Sign in</button>
</form>`;
  sendPage(res, error ? 400 : 200, { title: "Multi-factor authentication", html, error }, { "set-cookie": csrf.setCookie });
}

/** POST /mfa: checks the TOTP code, then completes the authorize request as a password sign-in would. */
export async function mfaSubmit(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const r = pageRequest(ctx, res, info);
  if (!r) return;
  const form = await readForm(req);
  const challenge = form?.get(CHALLENGE_FIELD) ?? "";
  const now = epochSeconds(ctx.s.clock);
  const pending = challenge ? ctx.oauth.sessions.get(hashToken(challenge), "mfa", now) : undefined;
  const user = pending && pending.poolId === r.pool.Id ? ctx.s.cognito.users.get(r.pool.Id, pending.usernameKey) : undefined;
  if (!form || !csrfValid(ctx, req, form) || !pending || !user?.Enabled || !user.softwareToken?.secret) {
    renderLoginPage(ctx, req, res, r, { status: 403, error: "Invalid session for the user, session is expired." });
    return;
  }
  let signedIn: UserRecord | undefined;
  try {
    signedIn = spendSignInCode(ctx.s, r.pool, user, (form.get("totpCode") ?? "").trim());
    if (!signedIn) throw signInCodeMismatch();
    await postAuthentication(ctx.s, r.pool, signedIn, r.client.ClientId);
  } catch (e) {
    if (!(e instanceof AwsJsonError)) throw e;
    renderMfaPage(ctx, req, res, r, challenge, e.message);
    return;
  }
  ctx.oauth.sessions.delete(pending.idHash);
  const session = startSession(ctx, r.pool, signedIn, r.client.ClientId);
  redirect(res, await completeAuthorization(ctx, r, signedIn, pending.authTime), { "set-cookie": session.setCookie });
}
