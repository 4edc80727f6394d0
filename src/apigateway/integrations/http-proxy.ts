import { backendUrl } from "./backend-uri.js";
import { forwardHttp } from "./http-forward.js";
import type { IntegrationHandler } from "./types.js";

/** HTTP_PROXY: method, path parameters, query string, headers and body pass through; the backend's answer comes back as is. */
export const httpProxyIntegration: IntegrationHandler = (r) => {
  const method = !r.integration.httpMethod || r.integration.httpMethod === "ANY" ? r.httpMethod : r.integration.httpMethod;
  const built = backendUrl(r, true);
  if ("error" in built) return Promise.resolve(built);
  // The backend's answer is the response as it stands: forwardHttp's promise is returned, not awaited and rewrapped.
  return forwardHttp({ url: built.url, method, headers: r.headers, body: r.body, timeoutMs: r.integration.timeoutInMillis || 29000 });
};
