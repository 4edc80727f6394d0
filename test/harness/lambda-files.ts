import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary ES module of Lambda handlers, for `--lambda name=<file>#<export>` mappings in tests. */
export function handlerModule(source: string): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "poolgate-handlers-"));
  const file = join(dir, "handlers.mjs");
  writeFileSync(file, source);
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The ARN of a function in poolgate's account, and the API Gateway URI that invokes it. */
export const functionArn = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;
export const invocationUri = (name: string) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${functionArn(name)}/invocations`;
