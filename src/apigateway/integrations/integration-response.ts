import type { IntegrationResponse } from "../../shapes/apigateway.js";
import { isHeaderName, isHeaderValue } from "../../wire/header-field.js";
import { renderMappingTemplate } from "./mapping-template.js";
import { templateInput } from "./template-input.js";
import type { IntegrationRequest, IntegrationResponseData } from "./types.js";

/**
 * Picks the integration response for a non-proxy integration: the first whose selectionPattern (a regex over the
 * whole status code for HTTP and MOCK) matches, else the one without a pattern (the default).
 */
export function selectIntegrationResponse(responses: Record<string, IntegrationResponse> | undefined, status: string): IntegrationResponse | undefined {
  const all = Object.values(responses ?? {});
  for (const r of all) {
    if (!r.selectionPattern) continue;
    try {
      if (new RegExp(`^(?:${r.selectionPattern})$`, "s").test(status)) return r;
    } catch {
      // an invalid pattern never matches
    }
  }
  return all.find((r) => !r.selectionPattern);
}

/** Applies an integration response: its status, its template (or the backend body passed through) and header mappings. */
export function applyIntegrationResponse(
  r: IntegrationRequest,
  backendStatus: number,
  backendHeaders: Record<string, string | string[]>,
  backendBody: string,
): IntegrationResponseData | undefined {
  const selected = selectIntegrationResponse(r.integration.integrationResponses, String(backendStatus));
  if (!selected) return undefined;
  const templates = selected.responseTemplates ?? {};
  const type = "application/json" in templates ? "application/json" : Object.keys(templates)[0];
  const template = type !== undefined ? templates[type] : undefined;
  const body = template ? renderMappingTemplate(template, templateInput(r, backendBody)) : backendBody;
  const headers: Record<string, string | string[]> = { "content-type": type ?? "application/json" };
  for (const [key, source] of Object.entries(selected.responseParameters ?? {})) {
    const m = /^method\.response\.header\.(.+)$/.exec(key);
    if (!m) continue;
    const s = source.trim();
    let value: string | string[] | undefined;
    if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) value = s.slice(1, -1);
    else {
      const h = /^integration\.response\.header\.(.+)$/.exec(s);
      if (h) value = backendHeaders[h[1].toLowerCase()];
    }
    // Dropped when HTTP cannot carry it, as for gateway responses (docs/gateway.md).
    if (value !== undefined && isHeaderName(m[1]) && (Array.isArray(value) ? value.every(isHeaderValue) : isHeaderValue(value)))
      headers[m[1].toLowerCase()] = value;
  }
  return { status: Number(selected.statusCode), headers, body: Buffer.from(body) };
}
