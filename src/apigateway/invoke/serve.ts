import type { IncomingMessage, ServerResponse } from "node:http";
import type { InvokeTarget } from "../../grammar/invoke-url.js";
import type { RequestInfo } from "../../http/exchange.js";
import { integrate } from "./integrate.js";
import { callerIp } from "./integration-request.js";
import { evaluateSteps, invokeState } from "./pipeline.js";
import { writeRefusal } from "./respond.js";
import type { InvokeDeps, InvokeRequest, InvokeState, Refusal } from "./state.js";

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
