import { isHeaderName, isHeaderValue } from "../../wire/header-field.js";
import { backendUrl } from "./backend-uri.js";
import { forwardHttp } from "./http-forward.js";
import { applyIntegrationResponse } from "./integration-response.js";
import { renderMappingTemplate } from "./mapping-template.js";
import { templateInput } from "./template-input.js";
import type { IntegrationHandler } from "./types.js";

/**
 * HTTP (non-proxy): the request template (by content type; passthrough without one) becomes the backend body, and
 * the integration response selected by the backend's status code shapes the answer. Only headers and query
 * parameters mapped in requestParameters are sent, as on AWS.
 */
export const httpIntegration: IntegrationHandler = async (r) => {
  const built = backendUrl(r, false);
  if ("error" in built) return built;
  const { url } = built;
  const headers: Record<string, string> = {};
  for (const [target, source] of Object.entries(r.integration.requestParameters ?? {})) {
    const value = sourceValue(source, r);
    if (value === undefined) continue;
    const h = /^integration\.request\.header\.(.+)$/.exec(target);
    // A mapped value HTTP cannot carry is not sent (undici would refuse the whole request: a 504 for a query string).
    if (h && isHeaderName(h[1]) && isHeaderValue(value)) headers[h[1]] = value;
    const q = /^integration\.request\.querystring\.(.+)$/.exec(target);
    if (q) url.searchParams.set(q[1], value);
  }
  const contentType = String(r.headers["content-type"] ?? "application/json")
    .split(";")[0]
    .trim();
  const templates = r.integration.requestTemplates ?? {};
  const template =
    templates[contentType] ??
    (Object.keys(templates).length && r.integration.passthroughBehavior !== "WHEN_NO_MATCH" ? templates["application/json"] : undefined);
  const body = template !== undefined ? Buffer.from(renderMappingTemplate(template, templateInput(r))) : r.body;
  if (body.length) headers["content-type"] = template !== undefined ? "application/json" : contentType;
  const method = !r.integration.httpMethod || r.integration.httpMethod === "ANY" ? r.httpMethod : r.integration.httpMethod;
  const forwarded = await forwardHttp({ url, method, headers, body, timeoutMs: r.integration.timeoutInMillis || 29000 });
  if ("error" in forwarded) return forwarded;
  const res = forwarded.response;
  const response = applyIntegrationResponse(r, res.status, res.headers, res.body.toString("utf8"));
  if (!response)
    return { error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" }, detail: `no integration response for backend status ${res.status}` };
  return { response };
};

function sourceValue(source: string, r: Parameters<IntegrationHandler>[0]): string | undefined {
  const s = source.trim();
  if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) return s.slice(1, -1);
  let m = /^method\.request\.header\.(.+)$/.exec(s);
  if (m) {
    const v = r.headers[m[1].toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  }
  m = /^method\.request\.querystring\.(.+)$/.exec(s);
  if (m) return r.query.get(m[1]) ?? undefined;
  m = /^method\.request\.path\.(.+)$/.exec(s);
  if (m) return r.pathParams[m[1]];
  m = /^context\.authorizer\.claims\.(.+)$/.exec(s);
  if (m) return r.claims?.[m[1]];
  m = /^stageVariables\.(.+)$/.exec(s);
  if (m) return r.stageVariables[m[1]];
  return undefined;
}
