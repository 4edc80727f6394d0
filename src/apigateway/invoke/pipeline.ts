import type { IncomingMessage, ServerResponse } from "node:http";
import type { InvokeTarget } from "../../grammar/invoke-url.js";
import type { RequestInfo } from "../../server/http.js";
import { applyResourcePolicy } from "./apply-resource-policy.js";
import { authorize } from "./authorize.js";
import { integrate } from "./integrate.js";
import { callerIp } from "./integration-request.js";
import { matchRoute } from "./match-route.js";
import { requireApiKey } from "./require-api-key.js";
import { resolveStage } from "./resolve-stage.js";
import { writeRefusal } from "./respond.js";
import type { InvokeDeps, InvokeEnv, InvokeRequest, InvokeState, Refusal, Step } from "./state.js";

/**
 * The invoke path as named steps, in AWS's order for Cognito methods; the first refusal answers. The gateway runs
 * them on live requests, `poolgate doctor request` on the configuration it read through the AWS APIs.
 */
export const STEPS: { name: string; run: Step }[] = [
  { name: "stage", run: resolveStage },
  { name: "route", run: matchRoute },
  { name: "authorize", run: authorize },
  { name: "resource-policy", run: applyResourcePolicy },
  { name: "api-key", run: requireApiKey },
];

/** A fresh state for one request. */
export function invokeState(request: InvokeRequest, target: InvokeTarget, env: InvokeEnv): InvokeState {
  return { request, target, httpMethod: request.method, requestTimeMs: env.nowMs(), findings: [] };
}

/**
 * Runs the steps from `from` on: the refusal that answers, or undefined when the request reaches its integration.
 * Not an async function: the steps are synchronous unless one has to wait (a foreign JWKS fetch, a Lambda
 * authorizer), and each async layer or await would cost a promise and a microtask turn per request.
 */
export function evaluateSteps(st: InvokeState, env: InvokeEnv, from = 0): Refusal | undefined | Promise<Refusal | undefined> {
  for (let i = from; i < STEPS.length; i++) {
    const ran = STEPS[i].run(st, env);
    if (ran instanceof Promise) return ran.then((refusal) => refusal ?? evaluateSteps(st, env, i + 1));
    if (ran) return ran;
  }
  return undefined;
}

const DONE = Promise.resolve();

/** The gateway's runner: the steps on a live request, then the integration or the refusal on the wire. */
export function invoke(req: IncomingMessage, res: ServerResponse, info: RequestInfo, target: InvokeTarget, deps: InvokeDeps): Promise<void> {
  const request: InvokeRequest = {
    method: (req.method ?? "GET").toUpperCase(),
    headers: req.headers,
    query: info.url.searchParams,
    sourceIp: callerIp(info),
    requestId: info.requestId,
  };
  const st = invokeState(request, target, deps);
  const decided = evaluateSteps(st, deps);
  if (decided instanceof Promise) return decided.then((refusal) => (refusal ? refuse(res, st, deps, refusal) : integrate(req, res, st, deps)));
  return decided ? refuse(res, st, deps, decided) : integrate(req, res, st, deps);
}

function refuse(res: ServerResponse, st: InvokeState, deps: InvokeDeps, refusal: Refusal): Promise<void> {
  writeRefusal(res, st, deps, { ...refusal, cause: { ...refusal.cause, cause: true } });
  return DONE;
}
