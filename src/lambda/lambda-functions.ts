import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** One `--lambda name=file.js#handler` mapping. */
export interface LambdaMapping {
  /** Function name or full function ARN. */
  key: string;
  file: string;
  handler: string;
}

/** Parses `arnOrName=path/to/file.js#handler` (handler defaults to `handler`). */
export function parseLambdaMapping(spec: string, cwd = process.cwd()): LambdaMapping | undefined {
  const eq = spec.indexOf("=");
  if (eq <= 0) return undefined;
  const key = spec.slice(0, eq).trim();
  const target = spec.slice(eq + 1).trim();
  const hash = target.lastIndexOf("#");
  const file = hash > 0 ? target.slice(0, hash) : target;
  const handler = hash > 0 ? target.slice(hash + 1) : "handler";
  if (!file || !handler) return undefined;
  return { key, file: isAbsolute(file) ? file : resolve(cwd, file), handler };
}

/** `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations` → the function ARN. */
export function functionArnOfUri(uri: string): string | undefined {
  const m = /^arn:aws[\w-]*:apigateway:[a-z0-9-]+:lambda:path\/2015-03-31\/functions\/(.+?)\/invocations$/.exec(uri);
  return m?.[1];
}

/** The function name of an ARN (`arn:aws:lambda:{region}:{account}:function:{name}[:{qualifier}]`) or a bare name. */
export const functionName = (arnOrName: string) => /^arn:aws[\w-]*:lambda:[^:]+:[^:]+:function:([^:]+)/.exec(arnOrName)?.[1] ?? arnOrName;

export type LambdaHandler = (event: unknown, context: Record<string, unknown>, callback?: (err: unknown, result?: unknown) => void) => unknown;

/** Local Node handler files standing in for Lambda functions, loaded once each. */
export class LambdaFunctions {
  private readonly loaded = new Map<string, Promise<LambdaHandler | undefined>>();
  constructor(private readonly mappings: LambdaMapping[]) {}

  find(functionArn: string): LambdaMapping | undefined {
    return this.mappings.find((m) => m.key === functionArn) ?? this.mappings.find((m) => functionName(m.key) === functionName(functionArn));
  }

  load(m: LambdaMapping): Promise<LambdaHandler | undefined> {
    let p = this.loaded.get(m.file + "#" + m.handler);
    if (!p) {
      p = import(pathToFileURL(m.file).href).then((mod: Record<string, unknown>) => {
        const fn = mod[m.handler] ?? (mod.default as Record<string, unknown> | undefined)?.[m.handler];
        return typeof fn === "function" ? (fn as LambdaHandler) : undefined;
      });
      this.loaded.set(m.file + "#" + m.handler, p);
    }
    return p;
  }
}

/** The handlers of `--lambda` specs; a malformed spec is reported through `warn` and skipped. */
export function lambdaFunctionsOf(specs: string[], warn: (message: string) => void): LambdaFunctions {
  const mappings: LambdaMapping[] = [];
  for (const spec of specs) {
    const m = parseLambdaMapping(spec);
    if (m) mappings.push(m);
    else warn(`ignoring --lambda ${spec}: expected arnOrName=path/to/file.js#handler`);
  }
  return new LambdaFunctions(mappings);
}
