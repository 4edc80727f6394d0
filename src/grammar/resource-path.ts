import type { DeploymentSnapshot, Method, Resource } from "../shapes/apigateway.js";
import { decodeUriComponentSafe as decode } from "./uri.js";

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

/** One segment of a resource path: a literal, a `{param}` or a trailing `{greedy+}`. */
interface Part {
  literal?: string;
  param?: string;
  greedy?: string;
}

const parsePart = (part: string): Part => {
  const greedy = /^\{(\w+)\+\}$/.exec(part);
  if (greedy) return { greedy: greedy[1] };
  const param = /^\{(\w+)\}$/.exec(part);
  return param ? { param: param[1] } : { literal: part };
};

/** Resource paths split and parsed once per deployed snapshot (snapshots are immutable). */
const compiled = new WeakMap<DeploymentSnapshot, { resource: Resource; parts: Part[] }[]>();
const compile = (s: DeploymentSnapshot) => {
  let c = compiled.get(s);
  if (!c) {
    c = s.resources.map((resource) => ({ resource, parts: resource.path.split("/").filter(Boolean).map(parsePart) }));
    compiled.set(s, c);
  }
  return c;
};

/** Segment-by-segment match; the score ranks literal > {param} > {greedy+} from the left, as API Gateway prefers the most specific resource. */
function matchResource(parts: Part[], segments: string[]): { params: Record<string, string>; score: number[] } | undefined {
  const params: Record<string, string> = {};
  const score: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.greedy !== undefined) {
      if (i !== parts.length - 1 || segments.length <= i) return undefined;
      params[part.greedy] = segments.slice(i).map(decode).join("/");
      score.push(0);
      return { params, score };
    }
    if (i >= segments.length) return undefined;
    if (part.param !== undefined) {
      if (segments[i] === "") return undefined;
      params[part.param] = decode(segments[i]);
      score.push(1);
    } else if (part.literal === decode(segments[i])) score.push(2);
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
    if (parts.length !== segments.length && parts[parts.length - 1]?.greedy === undefined) continue;
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
