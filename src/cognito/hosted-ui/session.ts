import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { epochSeconds } from "../../platform/clock.js";
import type { PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { hashToken } from "../tokens/refresh-token.js";
import { usernameKey } from "../users/lookup.js";
import type { HostedUiContext } from "./context.js";
import { cookie, readCookies } from "./cookies.js";

/** The hosted UI's sign-in cookie; Cognito names it `cognito` and keeps it one hour (AWS Developer Guide, "authorization endpoint"). */
export const SESSION_COOKIE = "cognito";
export const SESSION_SECONDS = 3600;

export interface SignedInSession {
  user: UserRecord;
  authTime: number;
}

/** Starts a session for a user who just signed in; returns the Set-Cookie header value. */
export function startSession(ctx: HostedUiContext, pool: PoolRecord, user: UserRecord, clientId: string): { setCookie: string; authTime: number } {
  const secret = randomBytes(32).toString("base64url");
  const now = epochSeconds(ctx.s.clock);
  ctx.oauth.sessions.insert({
    idHash: hashToken(secret),
    kind: "session",
    poolId: pool.Id,
    clientId,
    usernameKey: usernameKey(pool, user.Username),
    authTime: now,
    expiresAt: now + SESSION_SECONDS,
  });
  return { setCookie: cookie(SESSION_COOKIE, secret, { maxAgeSeconds: SESSION_SECONDS, secure: ctx.secure }), authTime: now };
}

/** The signed-in user of this pool, if the browser holds a live session whose user can still sign in. */
export function currentSession(ctx: HostedUiContext, req: IncomingMessage, pool: PoolRecord): SignedInSession | undefined {
  const secret = readCookies(req).get(SESSION_COOKIE);
  if (!secret) return undefined;
  const row = ctx.oauth.sessions.get(hashToken(secret), "session", epochSeconds(ctx.s.clock));
  if (!row || row.poolId !== pool.Id) return undefined;
  const user = ctx.s.cognito.users.get(pool.Id, row.usernameKey);
  if (!user?.Enabled || user.UserStatus !== "CONFIRMED") return undefined;
  return { user, authTime: row.authTime };
}

/** Ends the browser's session (if any); returns the Set-Cookie header value that clears the cookie. */
export function endSession(ctx: HostedUiContext, req: IncomingMessage): string {
  const secret = readCookies(req).get(SESSION_COOKIE);
  if (secret) ctx.oauth.sessions.delete(hashToken(secret));
  return cookie(SESSION_COOKIE, "", { maxAgeSeconds: 0, secure: ctx.secure });
}
