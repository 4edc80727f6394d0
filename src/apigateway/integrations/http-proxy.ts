import { backendUrl } from "./backend-uri.js";
import { forwardHttp } from "./http-forward.js";
import type { IntegrationHandler } from "./types.js";

/** HTTP_PROXY: method, path parameters, query string, headers and body pass through; the backend's answer comes back as is. */
export const httpProxyIntegration: IntegrationHandler = (r) => {
  const method = !r.integration.httpMethod || r.integration.httpMethod === "ANY" ? r.httpMethod : r.integration.httpMethod;
  let url: URL;
  try {
    url = backendUrl(r, true);
  } catch {
    return Promise.resolve({
      error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" },
      detail: `invalid integration uri ${r.integration.uri}`,
    });
  }
  // The backend's answer is the response as it stands: forwardHttp's promise is returned, not awaited and rewrapped.
  return forwardHttp({ url, method, headers: r.headers, body: r.body, timeoutMs: r.integration.timeoutInMillis || 29000 });
};
