import type { Db } from "../db.js";

/** An authorization code as issued by /oauth2/authorize or /login, redeemed once at /oauth2/token. */
export interface AuthorizationCodeRow {
  code: string;
  poolId: string;
  clientId: string;
  usernameKey: string;
  redirectUri: string;
  /** Space-separated granted scopes. */
  scope: string;
  nonce: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  /** Epoch seconds of the sign-in that produced the code. */
  authTime: number;
  /** Epoch seconds. */
  expiresAt: number;
}

export class AuthorizationCodeRepo {
  private readonly insertStmt;
  private readonly takeStmt;
  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO oauth_codes (code, pool_id, client_id, username_key, redirect_uri, scope, nonce, code_challenge, code_challenge_method, auth_time, expires_at)
       VALUES (@code, @poolId, @clientId, @usernameKey, @redirectUri, @scope, @nonce, @codeChallenge, @codeChallengeMethod, @authTime, @expiresAt)`,
    );
    this.takeStmt = db.prepare("DELETE FROM oauth_codes WHERE code = ? RETURNING *");
  }
  insert(c: AuthorizationCodeRow): void {
    this.insertStmt.run(c);
  }
  /** Returns and deletes the code: a code is single use even when the redemption then fails a check. */
  take(code: string): AuthorizationCodeRow | undefined {
    const r = this.takeStmt.get(code) as Record<string, unknown> | undefined;
    if (!r) return undefined;
    return {
      code: r.code as string,
      poolId: r.pool_id as string,
      clientId: r.client_id as string,
      usernameKey: r.username_key as string,
      redirectUri: r.redirect_uri as string,
      scope: r.scope as string,
      nonce: (r.nonce as string | null) ?? null,
      codeChallenge: (r.code_challenge as string | null) ?? null,
      codeChallengeMethod: (r.code_challenge_method as string | null) ?? null,
      authTime: r.auth_time as number,
      expiresAt: r.expires_at as number,
    };
  }
}
