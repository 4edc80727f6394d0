import type { Db } from "../db.js";

/** CSRF tokens handed out with a rendered form (by hash). A token is valid until it expires. */
export class CsrfRepo {
  constructor(private readonly db: Db) {}
  insert(tokenHash: string, expiresAt: number): void {
    this.db.prepare("INSERT OR REPLACE INTO hosted_ui_csrf (token_hash, expires_at) VALUES (?, ?)").run(tokenHash, expiresAt);
  }
  isLive(tokenHash: string, nowSeconds: number): boolean {
    const r = this.db.prepare("SELECT expires_at FROM hosted_ui_csrf WHERE token_hash = ?").get(tokenHash) as { expires_at: number } | undefined;
    return r !== undefined && r.expires_at > nowSeconds;
  }
  purgeExpired(nowSeconds: number): void {
    this.db.prepare("DELETE FROM hosted_ui_csrf WHERE expires_at <= ?").run(nowSeconds);
  }
}
