import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../server/http.js";
import { applyResourcePolicy } from "./apply-resource-policy.js";
import { authorize } from "./authorize.js";
import { integrate } from "./integrate.js";
import { matchRoute } from "./match-route.js";
import type { InvokeTarget } from "./parse-invoke-url.js";
import { requireApiKey } from "./require-api-key.js";
import { resolveStage } from "./resolve-stage.js";
import { writeRefusal } from "./respond.js";
import type { InvokeDeps, InvokeState, Refusal, Step } from "./state.js";

/** The invoke path as named steps, in AWS's order for Cognito methods; the first refusal answers. */
export const STEPS: { name: string; run: Step }[] = [
  { name: "stage", run: resolveStage },
  { name: "route", run: matchRoute },
  { name: "authorize", run: authorize },
  { name: "resource-policy", run: applyResourcePolicy },
  { name: "api-key", run: requireApiKey },
];

const DONE = Promise.resolve();

/**
 * Runs the steps, then the integration. Not an async function: the steps are synchronous unless one has to wait
 * (a foreign JWKS fetch), and each async layer or await would cost a promise and a microtask turn per request.
 */
export function invoke(req: IncomingMessage, res: ServerResponse, info: RequestInfo, target: InvokeTarget, deps: InvokeDeps): Promise<void> {
  const st: InvokeState = {
    req,
    info,
    target,
    httpMethod: (req.method ?? "GET").toUpperCase(),
    requestTimeMs: deps.s.clock.now(),
    findings: [],
  };
  return runSteps(res, st, deps, 0);
}

function runSteps(res: ServerResponse, st: InvokeState, deps: InvokeDeps, from: number): Promise<void> {
  for (let i = from; i < STEPS.length; i++) {
    const ran = STEPS[i].run(st, deps);
    if (ran instanceof Promise) return ran.then((refusal) => (refusal ? refuse(res, st, deps, refusal) : runSteps(res, st, deps, i + 1)));
    if (ran) return refuse(res, st, deps, ran);
  }
  return integrate(res, st, deps);
}

function refuse(res: ServerResponse, st: InvokeState, deps: InvokeDeps, refusal: Refusal): Promise<void> {
  writeRefusal(res, st, deps, { ...refusal, cause: { ...refusal.cause, cause: true } });
  return DONE;
}
