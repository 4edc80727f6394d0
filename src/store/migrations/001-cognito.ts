import type { Migration } from "./index.js";

/** Records are stored in their AWS wire shape (JSON), with the columns lookups need beside them. */
export const cognitoSchema: Migration = {
  id: "001-cognito",
  sql: `
CREATE TABLE user_pools (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE pool_keys (
  kid TEXT PRIMARY KEY, pool_id TEXT NOT NULL REFERENCES user_pools(id) ON DELETE CASCADE,
  token_use TEXT NOT NULL, private_pem TEXT NOT NULL, public_jwk TEXT NOT NULL);
CREATE INDEX pool_keys_pool ON pool_keys(pool_id);
CREATE TABLE clients (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL REFERENCES user_pools(id) ON DELETE CASCADE, data TEXT NOT NULL);
CREATE INDEX clients_pool ON clients(pool_id);
CREATE TABLE domains (domain TEXT PRIMARY KEY, pool_id TEXT NOT NULL REFERENCES user_pools(id) ON DELETE CASCADE, data TEXT NOT NULL);
CREATE TABLE resource_servers (
  pool_id TEXT NOT NULL REFERENCES user_pools(id) ON DELETE CASCADE, identifier TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (pool_id, identifier));
CREATE TABLE users (
  pool_id TEXT NOT NULL REFERENCES user_pools(id) ON DELETE CASCADE,
  username_key TEXT NOT NULL, username TEXT NOT NULL, sub TEXT NOT NULL,
  email TEXT, phone TEXT, created_seq INTEGER NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (pool_id, username_key));
CREATE INDEX users_sub ON users(pool_id, sub);
CREATE INDEX users_email ON users(pool_id, email);
CREATE INDEX users_phone ON users(pool_id, phone);
CREATE TABLE groups (pool_id TEXT NOT NULL REFERENCES user_pools(id) ON DELETE CASCADE, name TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (pool_id, name));
CREATE TABLE group_members (
  pool_id TEXT NOT NULL, group_name TEXT NOT NULL, username_key TEXT NOT NULL,
  PRIMARY KEY (pool_id, group_name, username_key),
  FOREIGN KEY (pool_id, group_name) REFERENCES groups(pool_id, name) ON DELETE CASCADE,
  FOREIGN KEY (pool_id, username_key) REFERENCES users(pool_id, username_key) ON DELETE CASCADE);
CREATE INDEX group_members_user ON group_members(pool_id, username_key);
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY, pool_id TEXT NOT NULL, client_id TEXT NOT NULL, username_key TEXT NOT NULL,
  origin_jti TEXT NOT NULL, auth_time INTEGER NOT NULL, scope TEXT, expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,
  data TEXT);
CREATE INDEX refresh_tokens_origin ON refresh_tokens(origin_jti);
CREATE INDEX refresh_tokens_user ON refresh_tokens(pool_id, username_key);
CREATE TABLE revoked_origins (origin_jti TEXT PRIMARY KEY, revoked_at INTEGER NOT NULL);
CREATE TABLE codes (
  id INTEGER PRIMARY KEY AUTOINCREMENT, pool_id TEXT NOT NULL, username TEXT NOT NULL, purpose TEXT NOT NULL,
  code TEXT NOT NULL, destination TEXT, medium TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE INDEX codes_user ON codes(pool_id, username, purpose);
CREATE TABLE auth_sessions (id TEXT PRIMARY KEY, data TEXT NOT NULL, expires_at INTEGER NOT NULL);
`,
};
