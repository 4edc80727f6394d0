import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { epochSeconds } from "../../platform/clock.js";
import { constantTimeEqual } from "../auth/secret-hash.js";
import { hashToken } from "../tokens/refresh-token.js";
import type { HostedUiContext } from "./context.js";
import { cookie, readCookies } from "./cookies.js";

/** Cognito's hosted UI uses this cookie name with a hidden `_csrf` form field. */
export const CSRF_COOKIE = "XSRF-TOKEN";
export const CSRF_FIELD = "_csrf";
const CSRF_SECONDS = 3600;

/**
 * Double-submit CSRF token: the same random value in an HttpOnly cookie and a hidden field, and its hash
 * recorded server side. A live cookie is reused so two tabs do not invalidate each other.
 */
export function csrfToken(ctx: HostedUiContext, req: IncomingMessage): { token: string; setCookie: string } {
  const now = epochSeconds(ctx.s.clock);
  const existing = readCookies(req).get(CSRF_COOKIE);
  const token = existing && ctx.oauth.csrf.isLive(hashToken(existing), now) ? existing : randomBytes(32).toString("base64url");
  ctx.oauth.csrf.insert(hashToken(token), now + CSRF_SECONDS);
  return { token, setCookie: cookie(CSRF_COOKIE, token, { maxAgeSeconds: CSRF_SECONDS, secure: ctx.secure }) };
}

/** True when the form's field equals the cookie (constant time) and the token is one we issued and still live. */
export function csrfValid(ctx: HostedUiContext, req: IncomingMessage, form: URLSearchParams): boolean {
  const fromCookie = readCookies(req).get(CSRF_COOKIE);
  const fromForm = form.get(CSRF_FIELD);
  if (!fromCookie || !fromForm) return false;
  if (!constantTimeEqual(fromCookie, fromForm)) return false;
  return ctx.oauth.csrf.isLive(hashToken(fromForm), epochSeconds(ctx.s.clock));
}
