import type { InvokeTarget } from "../../grammar/invoke-url.js";
import { applyResourcePolicy } from "./apply-resource-policy.js";
import { authorize } from "./authorize.js";
import { matchRoute } from "./match-route.js";
import { requireApiKey } from "./require-api-key.js";
import { resolveStage } from "./resolve-stage.js";
import type { InvokeEnv, InvokeRequest, InvokeState, Refusal, Step } from "./state.js";

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
