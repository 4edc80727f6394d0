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
import type { InvokeDeps, InvokeState, Step } from "./state.js";

/** The invoke path as named steps, in AWS's order for Cognito methods; the first refusal answers. */
export const STEPS: { name: string; run: Step }[] = [
  { name: "stage", run: resolveStage },
  { name: "route", run: matchRoute },
  { name: "authorize", run: authorize },
  { name: "resource-policy", run: applyResourcePolicy },
  { name: "api-key", run: requireApiKey },
];

export async function invoke(req: IncomingMessage, res: ServerResponse, info: RequestInfo, target: InvokeTarget, deps: InvokeDeps): Promise<void> {
  const st: InvokeState = {
    req,
    info,
    target,
    httpMethod: (req.method ?? "GET").toUpperCase(),
    requestTimeMs: deps.s.clock.now(),
    findings: [],
  };
  for (const step of STEPS) {
    // Only a step that has to wait (a foreign JWKS fetch) returns a promise; awaiting the others would cost a
    // microtask turn each on every request.
    const ran = step.run(st, deps);
    const refusal = ran instanceof Promise ? await ran : ran;
    if (refusal) {
      const cause = { ...refusal.cause, cause: true };
      writeRefusal(res, st, deps, { ...refusal, cause });
      return;
    }
  }
  await integrate(res, st, deps);
}
