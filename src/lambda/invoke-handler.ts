import { randomUUID } from "node:crypto";
import { functionName, type LambdaFunctions } from "./lambda-functions.js";

/** How a local handler run ended: its result, or why there is none. */
export type HandlerRun =
  | { ok: true; result: unknown }
  | { ok: false; reason: "no-mapping" | "load-failed" | "no-export" | "threw" | "timeout"; message: string; file?: string };

class TimeoutError extends Error {}

/**
 * Runs the local Node handler mapped (--lambdas) to a function ARN, as Lambda would: async or callback style,
 * with a Lambda-like context and a timeout. Used by AWS_PROXY integrations and by Lambda (TOKEN/REQUEST) authorizers.
 */
export async function invokeHandler(functions: LambdaFunctions, arn: string, event: unknown, timeoutMs: number): Promise<HandlerRun> {
  const mapping = functions.find(arn);
  if (!mapping) return { ok: false, reason: "no-mapping", message: `no --lambda mapping for ${arn}` };
  let handler: Awaited<ReturnType<LambdaFunctions["load"]>>;
  try {
    handler = await functions.load(mapping);
  } catch (err) {
    return { ok: false, reason: "load-failed", message: `cannot load ${mapping.file}: ${(err as Error).message}`, file: mapping.file };
  }
  if (!handler) return { ok: false, reason: "no-export", message: `${mapping.file} exports no function ${mapping.handler}`, file: mapping.file };
  const started = Date.now();
  const context = {
    awsRequestId: randomUUID(),
    functionName: functionName(arn),
    functionVersion: "$LATEST",
    invokedFunctionArn: arn,
    memoryLimitInMB: "128",
    logGroupName: `/aws/lambda/${functionName(arn)}`,
    logStreamName: "poolgate",
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
  };
  const h = handler;
  let timer: NodeJS.Timeout | undefined;
  try {
    const run =
      h.length >= 3
        ? new Promise((resolve, reject) => {
            const maybe = h(event, context, (err, value) => (err ? reject(err) : resolve(value)));
            if (maybe && typeof (maybe as Promise<unknown>).then === "function") (maybe as Promise<unknown>).then(resolve, reject);
          })
        : Promise.resolve().then(() => h(event, context));
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError()), timeoutMs);
    });
    return { ok: true, result: await Promise.race([run, timeout]) };
  } catch (err) {
    if (err instanceof TimeoutError) return { ok: false, reason: "timeout", message: `${mapping.file} ran past ${timeoutMs} ms`, file: mapping.file };
    // Lambda reports a thrown string or Error by its message ("Unauthorized" is how authorizers refuse).
    const message = err instanceof Error ? err.message : typeof err === "string" ? err : String(err);
    return { ok: false, reason: "threw", message, file: mapping.file };
  } finally {
    clearTimeout(timer);
  }
}
