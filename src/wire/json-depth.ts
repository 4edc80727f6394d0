/**
 * How deep a JSON request body may nest. No Cognito or API Gateway control-plane input nests past a
 * handful of levels; a body nested thousands deep only exists to overflow a recursive walk (JSON.stringify
 * in an error message, a copy in an operation), which would answer 500 instead of a client error.
 */
export const MAX_JSON_DEPTH = 64;

/** True when `value` nests objects/arrays deeper than `max`. Iterative, so it is safe on any depth. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== "object" || v === null) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
