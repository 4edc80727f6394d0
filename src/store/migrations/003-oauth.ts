import type { Migration } from "./index.js";

/**
 * OAuth 2.0 / hosted-UI state: authorization codes (single use, 5 minutes), hosted-UI sessions (the 1-hour
 * sign-in cookie and the short-lived "new password required" step) and CSRF tokens of rendered forms.
 * Only hashes of cookie and form secrets are stored; codes are stored as issued because they are single use.
 */
export const oauthSchema: Migration = {
  id: "003-oauth",
  sql: `
CREATE TABLE oauth_codes (
  code TEXT PRIMARY KEY, pool_id TEXT NOT NULL, client_id TEXT NOT NULL, username_key TEXT NOT NULL,
  redirect_uri TEXT NOT NULL, scope TEXT NOT NULL, nonce TEXT, code_challenge TEXT, code_challenge_method TEXT,
  auth_time INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE INDEX oauth_codes_expiry ON oauth_codes(expires_at);
CREATE TABLE hosted_ui_sessions (
  id_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, pool_id TEXT NOT NULL, client_id TEXT, username_key TEXT NOT NULL,
  auth_time INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE INDEX hosted_ui_sessions_expiry ON hosted_ui_sessions(expires_at);
CREATE TABLE hosted_ui_csrf (token_hash TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE INDEX hosted_ui_csrf_expiry ON hosted_ui_csrf(expires_at);
`,
};
