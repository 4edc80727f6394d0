import type { DeploymentSnapshot, Method, Resource } from "../model.js";

export interface RouteMatch {
  resource: Resource;
  method: Method;
  /** Decoded path parameters; `{proxy+}` yields "proxy" with the rest of the path. */
  pathParams: Record<string, string>;
}

export interface RouteResult {
  match?: RouteMatch;
  /** Without a match: the resource the path matched (its methods lack the request's), if any. */
  resourcePath?: string;
  methods?: string[];
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Resource paths split once per deployed snapshot (snapshots are immutable). */
const compiled = new WeakMap<DeploymentSnapshot, { resource: Resource; parts: string[] }[]>();
const compile = (s: DeploymentSnapshot) => {
  let c = compiled.get(s);
  if (!c) {
    c = s.resources.map((resource) => ({ resource, parts: resource.path.split("/").filter(Boolean) }));
    compiled.set(s, c);
  }
  return c;
};

/** Segment-by-segment match; the score ranks literal > {param} > {greedy+} from the left, as API Gateway prefers the most specific resource. */
function matchResource(parts: string[], segments: string[]): { params: Record<string, string>; score: number[] } | undefined {
  const params: Record<string, string> = {};
  const score: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const greedy = /^\{(\w+)\+\}$/.exec(part);
    if (greedy) {
      if (i !== parts.length - 1 || segments.length <= i) return undefined;
      params[greedy[1]] = segments.slice(i).map(decode).join("/");
      score.push(0);
      return { params, score };
    }
    if (i >= segments.length) return undefined;
    const param = /^\{(\w+)\}$/.exec(part);
    if (param) {
      if (segments[i] === "") return undefined;
      params[param[1]] = decode(segments[i]);
      score.push(1);
    } else if (part === decode(segments[i])) score.push(2);
    else return undefined;
  }
  return parts.length === segments.length ? { params, score } : undefined;
}

const better = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x > y;
  }
  return false;
};

/** Finds the deployed resource and method for a request; without a match, says whether the path or the method was missing. */
export function routeRequest(snapshot: DeploymentSnapshot, rawPath: string, httpMethod: string): RouteResult {
  const trimmed = rawPath.length > 1 && rawPath.endsWith("/") ? rawPath.slice(0, -1) : rawPath;
  const segments = trimmed === "/" ? [] : trimmed.slice(1).split("/");
  let best: (RouteMatch & { score: number[] }) | undefined;
  let pathOnly: { resource: Resource; score: number[] } | undefined;
  for (const { resource, parts } of compile(snapshot)) {
    if (parts.length !== segments.length && !parts[parts.length - 1]?.endsWith("+}")) continue;
    const m = matchResource(parts, segments);
    if (!m) continue;
    const methods = resource.resourceMethods ?? {};
    const method = methods[httpMethod] ?? methods.ANY;
    if (method && (!best || better(m.score, best.score))) best = { resource, method, pathParams: m.params, score: m.score };
    if (!pathOnly || better(m.score, pathOnly.score)) pathOnly = { resource, score: m.score };
  }
  if (best) return { match: { resource: best.resource, method: best.method, pathParams: best.pathParams } };
  if (pathOnly) return { resourcePath: pathOnly.resource.path, methods: Object.keys(pathOnly.resource.resourceMethods ?? {}) };
  return {};
}
