import { randomBytes } from "node:crypto";
import { epochSeconds } from "../../platform/clock.js";
import type { UserRecord } from "../../store/cognito/records.js";
import type { HostedUiSessionKind } from "../../store/oauth/sessions.js";
import type { AuthorizeRequest } from "../oauth/authorize-request.js";
import { hashToken } from "../tokens/refresh-token.js";
import { usernameKey } from "../users/lookup.js";
import type { HostedUiContext } from "./context.js";

/**
 * A sign-in step between the password and the redirect (a new password, an MFA code): which user proved the
 * password, remembered for the client's auth session validity (3 minutes by default) under the hash of a secret
 * that the step's form carries. Returns the secret.
 */
export function beginPendingStep(ctx: HostedUiContext, r: AuthorizeRequest, user: UserRecord, kind: Exclude<HostedUiSessionKind, "session">): string {
  const secret = randomBytes(32).toString("base64url");
  const now = epochSeconds(ctx.s.clock);
  ctx.oauth.sessions.insert({
    idHash: hashToken(secret),
    kind,
    poolId: r.pool.Id,
    clientId: r.client.ClientId,
    usernameKey: usernameKey(r.pool, user.Username),
    authTime: now,
    expiresAt: now + (r.client.AuthSessionValidity || 3) * 60,
  });
  return secret;
}
