import type { Mount } from "../http/exchange.js";
import { sendJson } from "../http/exchange.js";
import type { Services } from "../services.js";
import { VERSION } from "../version.js";

/** poolgate's own endpoints under /_poolgate: health, the local outbox of codes. Documented in docs/local-endpoints.md. */
export function localEndpointsMount(s: Services, startedAt: number): Mount {
  return {
    name: "local",
    handles: (_req, info) => info.url.pathname.startsWith("/_poolgate/"),
    async handle(req, res, info) {
      const path = info.url.pathname;
      if (req.method === "GET" && path === "/_poolgate/health") {
        sendJson(res, 200, {
          status: "ok",
          version: VERSION,
          region: s.config.region,
          uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
          storage: s.config.ephemeral ? "memory" : "sqlite",
        });
        return;
      }
      if (req.method === "GET" && path === "/_poolgate/codes") {
        const poolId = info.url.searchParams.get("userPoolId") ?? undefined;
        const username = info.url.searchParams.get("username") ?? undefined;
        const codes = s.cognito.codes.list({ poolId, username }).map((c) => ({
          userPoolId: c.poolId,
          username: c.username,
          purpose: c.purpose,
          code: c.code,
          destination: c.destination,
          deliveryMedium: c.medium,
          createdAt: new Date(c.createdAt * 1000).toISOString(),
          expiresAt: new Date(c.expiresAt * 1000).toISOString(),
          used: c.used,
        }));
        sendJson(res, 200, { codes });
        return;
      }
      sendJson(res, 404, { message: `No poolgate endpoint ${req.method} ${path}` });
    },
  };
}
