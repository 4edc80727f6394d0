import type { IncomingMessage, ServerResponse } from "node:http";
import { claimsAsStrings } from "../../checks/token/claims-as-strings.js";
import type { Finding } from "../../checks/types.js";
import { BodyTooLarge, readBody } from "../../http/exchange.js";
import { integrationRequestOf } from "./integration-request.js";
import { writeRefusal, writeSuccess } from "./respond.js";
import type { InvokeDeps, InvokeState } from "./state.js";

/** API Gateway's payload limit for REST APIs (10 MB); larger requests get 413 REQUEST_TOO_LARGE. */
const MAX_PAYLOAD = 10 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);
const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

const integrationCause = (messageKey: string, actual?: unknown): Finding => ({ id: "integration", status: "fail", messageKey, actual, cause: true });

/** Reads the body and runs the method's integration; its failures render through the integration gateway responses. */
export async function integrate(req: IncomingMessage, res: ServerResponse, st: InvokeState, deps: InvokeDeps): Promise<void> {
  const route = st.route!;
  const integration = route.method.methodIntegration;
  if (!integration) {
    writeRefusal(res, st, deps, {
      decision: "error",
      cause: integrationCause("missing"),
      error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" },
    });
    return;
  }
  let body: Buffer;
  try {
    const h = req.headers;
    // No Content-Length and no Transfer-Encoding: HTTP/1.1 says there is no body (RFC 9112 §6.3).
    body = h["content-length"] === undefined && h["transfer-encoding"] === undefined ? EMPTY : await readBody(req, MAX_PAYLOAD);
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      writeRefusal(res, st, deps, {
        decision: "deny",
        cause: integrationCause("request-too-large"),
        error: { type: "REQUEST_TOO_LARGE", message: "Request Too Long" },
      });
      return;
    }
    throw err;
  }
  const outcome = await deps.runIntegration(
    integrationRequestOf(st, deps, integration, body, {
      claims: st.claims && integration.type !== "HTTP_PROXY" ? claimsAsStrings(st.claims) : undefined,
      lambdaAuthorizer: st.lambdaAuthorizer,
    }),
  );
  if ("error" in outcome) {
    writeRefusal(res, st, deps, { decision: "error", cause: integrationCause(outcome.error.type, outcome.detail), error: outcome.error });
    return;
  }
  const extra = integration.type === "AWS_PROXY" || integration.type === "AWS" ? { "x-amzn-trace-id": traceId(st.requestTimeMs) } : NO_HEADERS;
  writeSuccess(res, st, deps, outcome.response, extra);
}

/** X-Ray trace header form: Root=1-{epoch seconds hex}-{24 hex}. */
function traceId(ms: number): string {
  const hex = Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `Root=1-${Math.floor(ms / 1000).toString(16)}-${hex};Sampled=0`;
}
