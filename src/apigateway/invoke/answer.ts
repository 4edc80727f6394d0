import { checkGatewayResponseCors } from "../../checks/cors/gateway-responses.js";
import { type GatewayError, renderGatewayResponse } from "../gateway-responses/render.js";
import type { InvokeState, Refusal } from "./state.js";

/** What API Gateway answers for a refusal: status, headers (before the per-request ids) and body. */
export interface RefusalAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The gateway response type, when the answer came from one ("" for the fixed answers before a deployment is known). */
  responseType: string;
}

/**
 * Renders a refusal exactly as AWS would, from the state alone. The gateway writes it on the wire; the doctor shows
 * it as its prediction: one body, written once. Adds the `cors.gateway-responses` finding for the rendered headers.
 */
export function refusalAnswer(st: InvokeState, refusal: Refusal): RefusalAnswer {
  if (refusal.fixed) {
    const { status, body, errorType } = refusal.fixed;
    return { status, body, headers: { "content-type": "application/json", ...(errorType ? { "x-amzn-ErrorType": errorType } : {}) }, responseType: "" };
  }
  const error = refusal.error!;
  const { status, headers, body } = renderGatewayResponse(error, {
    customised: st.snapshot?.gatewayResponses ?? [],
    requestId: st.request.requestId,
    stage: st.target.stageName,
    apiId: st.target.apiId,
    httpMethod: st.httpMethod,
    resourcePath: st.route?.resource.path,
    sourceIp: st.request.sourceIp,
    stageVariables: st.stage?.variables,
    requestHeaders: st.request.headers,
    query: st.request.query,
    pathParams: st.route?.pathParams,
  });
  const origin = st.request.headers.origin;
  st.findings.push(checkGatewayResponseCors({ origin: typeof origin === "string" ? origin : undefined, responseType: error.type, responseHeaders: headers }));
  return { status, headers, body, responseType: error.type };
}

/** What an API with no customised gateway responses answers for an error (the doctor's answer for a bare token). */
export function defaultAnswerOf(error: GatewayError): { status: number; body: string } {
  const { status, body } = renderGatewayResponse(error, { customised: [], requestId: "" });
  return { status, body };
}
