import { badRequest } from "./errors.js";

/** One entry of `patchOperations` (JSON-Patch-like, values always strings). */
export interface PatchOperation {
  op: "add" | "remove" | "replace" | "move" | "copy" | "test";
  path: string;
  value?: string;
  from?: string;
}

/**
 * A path an Update* operation accepts. `path` is exact ("/name") or a map prefix ending in "/*"
 * ("/variables/*", the key after it being a JSON-pointer token where "~1" is "/").
 */
export interface PatchRule<T> {
  path: string;
  ops: readonly PatchOperation["op"][];
  apply(target: T, op: PatchOperation, key: string): void;
}

const OP_NAMES = ["add", "remove", "replace", "move", "copy", "test"];

export const unescapePointer = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/** Reads and checks `patchOperations` from an Update* body. */
export function patchOperationsOf(body: Record<string, unknown>): PatchOperation[] {
  const ops = body.patchOperations ?? [];
  if (!Array.isArray(ops)) throw badRequest("Invalid patch operations");
  for (const o of ops) {
    if (typeof o !== "object" || o === null) throw badRequest("Invalid patch operations");
    const op = o as Record<string, unknown>;
    if (typeof op.op !== "string" || !OP_NAMES.includes(op.op)) throw badRequest(`Invalid patch operation specified. Must be one of: [${OP_NAMES.join(", ")}]`);
    if (typeof op.path !== "string") throw badRequest("Invalid patch path null");
    if (op.value !== undefined && op.value !== null && typeof op.value !== "string") op.value = String(op.value);
  }
  return ops as PatchOperation[];
}

/** Applies each operation through the rule for its path; anything else gets AWS's "Invalid patch path" error. */
export function applyPatch<T>(target: T, ops: PatchOperation[], rules: PatchRule<T>[]): T {
  for (const op of ops) {
    let applied = false;
    for (const rule of rules) {
      if (!rule.ops.includes(op.op)) continue;
      if (rule.path.endsWith("/*")) {
        const prefix = rule.path.slice(0, -1);
        if (op.path.startsWith(prefix) && op.path.length > prefix.length) {
          rule.apply(target, op, unescapePointer(op.path.slice(prefix.length)));
          applied = true;
        }
      } else if (op.path === rule.path) {
        rule.apply(target, op, "");
        applied = true;
      }
      if (applied) break;
    }
    if (!applied) {
      const allowed = rules.filter((r) => r.ops.includes(op.op)).map((r) => r.path);
      // [recorded] note the two spaces after "path".
      throw badRequest(`Invalid patch path  '${op.path}' specified for op '${op.op}'. Must be one of: [${allowed.join(", ")}]`);
    }
  }
  return target;
}

/** Value conversions for patched scalars (AWS sends every value as a string). */
export function patchBoolean(op: PatchOperation): boolean {
  if (op.value !== "true" && op.value !== "false") throw badRequest(`Invalid value for ${op.path}: ${op.value ?? "null"}. Must be true or false`);
  return op.value === "true";
}

export function patchInteger(op: PatchOperation): number {
  const n = Number(op.value);
  if (op.value === undefined || op.value === "" || !Number.isInteger(n))
    throw badRequest(`Invalid value for ${op.path}: ${op.value ?? "null"}. Must be an integer`);
  return n;
}

export function patchString(op: PatchOperation): string | undefined {
  return op.op === "remove" ? undefined : (op.value ?? undefined);
}

/** A rule that sets (replace) or clears (remove) a scalar field. */
export function scalarRule<T>(
  path: string,
  set: (t: T, v: string | undefined, op: PatchOperation) => void,
  ops: PatchOperation["op"][] = ["replace"],
): PatchRule<T> {
  return { path, ops, apply: (t, op) => set(t, patchString(op), op) };
}

/** A rule for a string map field: add/replace put a key, remove deletes it. */
export function mapRule<T>(
  prefix: string,
  get: (t: T) => Record<string, string> | undefined,
  set: (t: T, m: Record<string, string> | undefined) => void,
): PatchRule<T> {
  return {
    path: `${prefix}/*`,
    ops: ["add", "replace", "remove"],
    apply: (t, op, key) => {
      const m = { ...(get(t) ?? {}) };
      if (op.op === "remove") delete m[key];
      else m[key] = op.value ?? "";
      set(t, Object.keys(m).length ? m : undefined);
    },
  };
}
