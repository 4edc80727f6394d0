import type { ServerResponse } from "node:http";
import { send } from "../../http/exchange.js";
import type { IntegrationResponseData } from "../integrations/types.js";
import { refusalAnswer } from "./answer.js";
import { apigwId } from "./response-ids.js";
import type { InvokeDeps, InvokeState, Refusal } from "./state.js";

function baseHeaders(st: InvokeState): Record<string, string> {
  return { "x-amzn-RequestId": st.request.requestId, "x-amz-apigw-id": apigwId() };
}

const pathOf = (st: InvokeState) => `/${st.target.stageName}${st.target.path}`;

/** Renders a refusal exactly as AWS would, records why, and adds the cause only when --diagnostic-header asks. */
export function writeRefusal(res: ServerResponse, st: InvokeState, deps: InvokeDeps, refusal: Refusal): void {
  const { status, headers, body } = refusalAnswer(st, refusal);
  const cause = refusal.cause;
  const out: Record<string, string> = { ...headers, ...baseHeaders(st) };
  if (deps.s.config.diagnosticHeader) out["x-poolgate-reason"] = `${cause.id}.${cause.messageKey}`;
  deps.records.add({
    timeMs: st.requestTimeMs,
    requestId: st.request.requestId,
    method: st.httpMethod,
    path: pathOf(st),
    apiId: st.target.apiId,
    stage: st.target.stageName,
    status,
    decision: refusal.decision,
    checks: deps.records.summarise(st.findings),
    cause: { id: cause.id, messageKey: cause.messageKey, actual: cause.actual, expected: cause.expected },
  });
  deps.s.log.info(`execute-api refused ${st.httpMethod} ${pathOf(st)}: ${status} by check ${cause.id} (${cause.messageKey})`, {
    requestId: st.request.requestId,
    apiId: st.target.apiId,
    check: cause.id,
    messageKey: cause.messageKey,
    actual: cause.actual,
    expected: cause.expected,
  });
  send(res, status, out, st.httpMethod === "HEAD" ? undefined : body);
}

/** Writes the integration's answer and records the allowed invocation. */
export function writeSuccess(
  res: ServerResponse,
  st: InvokeState,
  deps: InvokeDeps,
  response: IntegrationResponseData,
  extraHeaders?: Record<string, string>,
): void {
  deps.records.add({
    timeMs: st.requestTimeMs,
    requestId: st.request.requestId,
    method: st.httpMethod,
    path: pathOf(st),
    apiId: st.target.apiId,
    stage: st.target.stageName,
    status: response.status,
    decision: "allow",
    checks: deps.records.summarise(st.findings),
  });
  // One flat header list, written once: the hot path of every allowed request.
  const flat: string[] = [];
  for (const k in response.headers) {
    // The length is the gateway's to state; a backend's or Lambda's own framing headers are dropped.
    if (k === "content-length" || k === "transfer-encoding") continue;
    const v = response.headers[k];
    if (Array.isArray(v)) for (const one of v) flat.push(k, one);
    else flat.push(k, v);
  }
  flat.push("x-amzn-RequestId", st.request.requestId, "x-amz-apigw-id", apigwId());
  if (extraHeaders) for (const k in extraHeaders) flat.push(k, extraHeaders[k]);
  const body = st.httpMethod === "HEAD" ? undefined : response.body;
  flat.push("content-length", String(body?.length ?? 0));
  if (res.headersSent) return;
  res.writeHead(response.status, flat);
  res.end(body);
}
