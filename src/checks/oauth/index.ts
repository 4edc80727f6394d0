import { checkIdsOf } from "../ids.js";
import type { Finding } from "../types.js";
import { checkAuthUrl } from "./auth-url.js";
import { checkCallbackUrl } from "./callback-url.js";
import { checkClientId } from "./client-id.js";
import { checkClientSecret } from "./client-secret.js";
import { checkGrantType } from "./grant-type.js";
import { checkScopeOpenid } from "./scope-openid.js";
import { checkTokenContentType } from "./token-content-type.js";
import { checkTokenUrl } from "./token-url.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/** The article's Postman checklist, C1–C8, in its order. */
export const OAUTH_CHECKS = [
  checkGrantType,
  checkCallbackUrl,
  checkAuthUrl,
  checkClientId,
  checkClientSecret,
  checkScopeOpenid,
  checkTokenUrl,
  checkTokenContentType,
] as const;

export const OAUTH_CHECK_IDS = checkIdsOf("oauth");

export const runOAuthChecks = (s: OAuthSetup, f: OAuthFacts): Finding[] => OAUTH_CHECKS.map((check) => check(s, f));
