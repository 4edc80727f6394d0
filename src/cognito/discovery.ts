import type { Mount } from "../http/exchange.js";
import { sendJson } from "../http/exchange.js";
import type { Services } from "../services.js";

const WELL_KNOWN = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

/** GET /{userPoolId}/.well-known/jwks.json and /openid-configuration. */
export function discoveryMount(s: Services): Mount {
  return {
    name: "discovery",
    handles: (req, info) => (req.method === "GET" || req.method === "HEAD") && WELL_KNOWN.test(info.url.pathname),
    async handle(_req, res, info) {
      const [, poolId, doc] = WELL_KNOWN.exec(info.url.pathname) as RegExpExecArray;
      const keys = s.cognito.pools.get(poolId as string) ? s.keys.forPool(poolId as string) : undefined;
      const cors = { "access-control-allow-origin": "*" };
      if (!keys) {
        sendJson(res, 404, { message: `User pool ${poolId} not found` }, cors);
        return;
      }
      if (doc === "jwks.json") {
        sendJson(res, 200, keys.jwks, { ...cors, "cache-control": "max-age=3600" });
        return;
      }
      sendJson(res, 200, openidConfiguration(s, poolId as string), cors);
    },
  };
}

/** The discovery document; OAuth endpoints are served at this server's root (the pool is found from client_id). */
export function openidConfiguration(s: Pick<Services, "urls">, poolId: string): Record<string, unknown> {
  const o = s.urls.oauthBase();
  return {
    authorization_endpoint: `${o}/oauth2/authorize`,
    end_session_endpoint: `${o}/logout`,
    id_token_signing_alg_values_supported: ["RS256"],
    issuer: s.urls.issuer(poolId),
    jwks_uri: s.urls.jwks(poolId),
    response_types_supported: ["code", "token"],
    revocation_endpoint: `${o}/oauth2/revoke`,
    scopes_supported: ["openid", "email", "phone", "profile"],
    subject_types_supported: ["public"],
    token_endpoint: `${o}/oauth2/token`,
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    userinfo_endpoint: `${o}/oauth2/userInfo`,
    code_challenge_methods_supported: ["S256"],
  };
}
