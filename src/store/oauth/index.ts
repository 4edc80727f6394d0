import type { Db } from "../db.js";
import { AuthorizationCodeRepo } from "./codes.js";
import { CsrfRepo } from "./csrf.js";
import { HostedUiSessionRepo } from "./sessions.js";

/** Repositories of the OAuth endpoints and the hosted UI (tables of migration 003-oauth). */
export interface OAuthStore {
  codes: AuthorizationCodeRepo;
  sessions: HostedUiSessionRepo;
  csrf: CsrfRepo;
  /** Drops expired codes, sessions and CSRF tokens. */
  purgeExpired(nowSeconds: number): void;
}

export function oauthStore(db: Db): OAuthStore {
  const codes = new AuthorizationCodeRepo(db);
  const sessions = new HostedUiSessionRepo(db);
  const csrf = new CsrfRepo(db);
  return {
    codes,
    sessions,
    csrf,
    purgeExpired(now) {
      db.prepare("DELETE FROM oauth_codes WHERE expires_at <= ?").run(now);
      sessions.purgeExpired(now);
      csrf.purgeExpired(now);
    },
  };
}
