/**
 * Which resource path of an API a request path lands on, as API Gateway routes: a literal segment beats a
 * {param} segment, which beats a greedy {proxy+} that takes the rest of the path (AWS docs "Set up a proxy
 * integration with a proxy resource").
 */
export function matchResourcePath(resourcePaths: string[], requestPath: string): string | undefined {
  const req = segments(requestPath);
  let best: { path: string; score: number[] } | undefined;
  for (const p of resourcePaths) {
    const score = matchScore(segments(p), req);
    if (score && (!best || compare(score, best.score) > 0)) best = { path: p, score };
  }
  return best?.path;
}

const segments = (p: string) => p.split("/").filter((s) => s !== "");

/** Per segment: 3 literal, 2 {param}, 1 greedy; undefined when the path does not match. */
function matchScore(pattern: string[], req: string[]): number[] | undefined {
  const score: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i] as string;
    if (/^\{[^}]+\+\}$/.test(seg)) return i < req.length ? [...score, 1] : undefined;
    if (i >= req.length) return undefined;
    if (/^\{[^}]+\}$/.test(seg)) score.push(2);
    else if (seg === decodeURIComponent(req[i] as string) || seg === req[i]) score.push(3);
    else return undefined;
  }
  return pattern.length === req.length ? score : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
