import type { IntegrationRequest } from "./types.js";

/** Replaces ${stageVariables.x} (AWS docs "Stage variables reference": usable in HTTP integration URIs). */
export const withStageVariables = (s: string, vars: Record<string, string>) => s.replace(/\$\{stageVariables\.(\w+)\}/g, (_, n: string) => vars[n] ?? "");

/**
 * Values of the integration's path parameters: from requestParameters (`integration.request.path.proxy:
 * method.request.path.proxy`, or a static 'value'), and otherwise the method's path parameter of the same name.
 */
function integrationPathParams(r: IntegrationRequest): Record<string, string> {
  const out: Record<string, string> = { ...r.pathParams };
  for (const [target, source] of Object.entries(r.integration.requestParameters ?? {})) {
    const t = /^integration\.request\.path\.(\w+)$/.exec(target);
    if (!t) continue;
    const s = source.trim();
    const fromPath = /^method\.request\.path\.(\w+)$/.exec(s);
    if (fromPath) out[t[1]] = r.pathParams[fromPath[1]] ?? "";
    else if (s.startsWith("'") && s.endsWith("'")) out[t[1]] = s.slice(1, -1);
  }
  return out;
}

/** The backend URL: stage variables, then {param} / {proxy} placeholders (each segment percent-encoded). */
export function backendUrl(r: IntegrationRequest, withQuery: boolean): URL {
  const params = integrationPathParams(r);
  const uri = withStageVariables(r.integration.uri ?? "", r.stageVariables).replace(/\{(\w+)\+?\}/g, (_, n: string) =>
    (params[n] ?? "").split("/").map(encodeURIComponent).join("/"),
  );
  const url = new URL(uri);
  // Touching url.searchParams re-serialises the URL, so only when there is something to append.
  if (withQuery && r.query.size > 0) for (const [k, v] of r.query) url.searchParams.append(k, v);
  return url;
}
