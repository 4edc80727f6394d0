import { decodeUriComponentSafe } from "../../grammar/uri.js";
import type { RestOperation } from "../operation.js";

export interface OperationMatch {
  op: RestOperation;
  path: Record<string, string>;
}

interface CompiledRoute {
  op: RestOperation;
  pattern: RegExp;
  labels: string[];
}

/** Builds a matcher from the operations' HTTP bindings: method + path template + selecting query values. */
export function compileRoutes(ops: readonly RestOperation[]): (method: string, pathname: string, query: URLSearchParams) => OperationMatch | undefined {
  // Operations selected by a query value (POST /restapis?mode=import) are tried before the plain binding.
  const routes: CompiledRoute[] = [...ops]
    .sort((a, b) => Number(!!b.query) - Number(!!a.query))
    .map((op) => {
      const labels: string[] = [];
      const source = op.path
        .split("/")
        .map((seg) => {
          const m = /^\{(\w+)\}$/.exec(seg);
          if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          labels.push(m[1] as string);
          return "([^/]+)";
        })
        .join("/");
      return { op, pattern: new RegExp(`^${source}/?$`), labels };
    });
  return (method, pathname, query) => {
    for (const r of routes) {
      if (r.op.method !== method) continue;
      const m = r.pattern.exec(pathname);
      if (!m) continue;
      if (r.op.query && !Object.entries(r.op.query).every(([k, v]) => query.get(k) === v)) continue;
      const path: Record<string, string> = {};
      r.labels.forEach((label, i) => {
        path[label] = decodeUriComponentSafe(m[i + 1] as string);
      });
      return { op: r.op, path };
    }
    return undefined;
  };
}
