import { substituteStageVariables } from "../../grammar/stage-variables.js";
import type { GatewayError } from "../gateway-responses/render.js";
import type { IntegrationRequest } from "./types.js";

/** The backend URL, or the refusal of a request whose path parameters would leave the method's backend path. */
export type BackendUrl = { url: URL } | { error: GatewayError; detail: string };

interface PathParam {
  value: string;
  /** From a greedy `{name+}` method parameter: its "/" separate backend segments (AWS forwards them so). */
  greedy: boolean;
}

/**
 * Values of the integration's path parameters: from requestParameters (`integration.request.path.proxy:
 * method.request.path.proxy`, or a static 'value'), and otherwise the method's path parameter of the same name.
 */
function integrationPathParams(r: IntegrationRequest): Record<string, PathParam> {
  const greedy = (name: string) => r.resource.path.includes(`{${name}+}`);
  const out: Record<string, PathParam> = {};
  for (const [name, value] of Object.entries(r.pathParams)) out[name] = { value, greedy: greedy(name) };
  for (const [target, source] of Object.entries(r.integration.requestParameters ?? {})) {
    const t = /^integration\.request\.path\.(\w+)$/.exec(target);
    if (!t) continue;
    const s = source.trim();
    const fromPath = /^method\.request\.path\.(\w+)$/.exec(s);
    if (fromPath) out[t[1]] = { value: r.pathParams[fromPath[1]] ?? "", greedy: greedy(fromPath[1]) };
    else if (s.startsWith("'") && s.endsWith("'")) out[t[1]] = { value: s.slice(1, -1), greedy: false };
  }
  return out;
}

/**
 * A `.` or `..` piece, split at "/" and "\" and read up to a ";": backends resolve these (WHATWG URLs and nginx
 * even percent-encoded, Windows servers at "\", Tomcat and Spring in `..;x`), so no encoding is safe to forward.
 */
const hasDotSegment = (value: string) =>
  value.split(/[\\/]/).some((piece) => {
    const p = piece.split(";", 1)[0];
    return p === "." || p === "..";
  });

/** Where the path of an absolute URI template starts and ends (placeholders elsewhere are never split at "/"). */
function pathSpan(template: string): [number, number] {
  const start = /^[A-Za-z][\w+.-]*:\/\/[^/?#]*/.exec(template)?.[0].length ?? 0;
  const end = template.slice(start).search(/[?#]/);
  return [start, end === -1 ? template.length : start + end];
}

/**
 * The backend URL: stage variables, then {param} / {proxy} placeholders. A value is percent-encoded piece by piece;
 * only a greedy parameter's "/" stays a separator (AWS decodes `%2F` in a `{proxy+}` value into "/" when it
 * forwards it: ustayready/fireprox#44), so a request can only reach backend paths below its own method's mapping.
 * A value holding a dot segment is refused (400 BAD_REQUEST_PARAMETERS) instead of being resolved.
 */
export function backendUrl(r: IntegrationRequest, withQuery: boolean): BackendUrl {
  const params = integrationPathParams(r);
  const template = substituteStageVariables(r.integration.uri ?? "", r.stageVariables);
  const [pathStart, pathEnd] = pathSpan(template);
  let unsafe: string | undefined;
  let url: URL;
  try {
    const uri = template.replace(/\{(\w+)\+?\}/g, (_, name: string, offset: number) => {
      const p = params[name] ?? { value: "", greedy: false };
      if (hasDotSegment(p.value)) unsafe ??= name;
      const inPath = offset >= pathStart && offset < pathEnd;
      return p.greedy && inPath ? p.value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(p.value);
    });
    if (unsafe !== undefined)
      return {
        error: { type: "BAD_REQUEST_PARAMETERS", message: "Bad Request" },
        detail: `path parameter ${unsafe} holds a dot segment; forwarding it would leave the integration's path`,
      };
    url = new URL(uri);
  } catch {
    // An unparsable URI, or a static value encodeURIComponent refuses (a lone surrogate).
    return { error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" }, detail: `invalid integration uri ${r.integration.uri}` };
  }
  // Touching url.searchParams re-serialises the URL, so only when there is something to append.
  if (withQuery && r.query.size > 0) for (const [k, v] of r.query) url.searchParams.append(k, v);
  return { url };
}
