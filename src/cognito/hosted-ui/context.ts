import type { Services } from "../../services.js";
import type { PoolRecord } from "../../store/cognito/records.js";
import type { OAuthStore } from "../../store/oauth/index.js";

/** What every hosted-UI / OAuth endpoint knows about the request it serves. */
export interface HostedUiContext {
  s: Services;
  oauth: OAuthStore;
  /** Origin for absolute URLs to our own pages: the domain host, or the server root. */
  origin: string;
  /** Set when the request came by a `{prefix}.auth.{region}.localhost` Host: only this pool's clients are served. */
  domainPool?: PoolRecord;
  /** Cookies get `Secure` when the server speaks HTTPS. */
  secure: boolean;
}
