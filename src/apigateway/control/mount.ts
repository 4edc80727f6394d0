import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLarge, type Mount, type RequestInfo, readBody } from "../../http/exchange.js";
import type { Services } from "../../services.js";
import { AwsJsonError, RestJsonError } from "../../wire/errors.js";
import { parseRestJsonBody, sendRestJson, sendRestJsonError, sendRestRaw } from "../../wire/rest-json.js";
import { struct, validate } from "../../wire/validation.js";
import { RawPayload, type RestOperation } from "../operation.js";
import { REST_OPERATIONS } from "../operations/registry.js";
import { compileRoutes } from "./router.js";

// AWS caps an OpenAPI import at 6 MB, the edge's general limit; JSON inputs are far smaller.
const MAX_JSON_BODY = 1024 * 1024;

/** The control plane's top-level collections: REST APIs, and the account-wide API keys and usage plans. */
const ROOTS = ["/restapis", "/apikeys", "/usageplans"];

/**
 * Is this an API Gateway control-plane request? The control plane lives under /restapis, /apikeys and
 * /usageplans (host `apigateway.{region}.amazonaws.com` on AWS; any host here except execute-api ones). The
 * legacy invoke form /restapis/{id}/{stage}/_user_request_/... belongs to the invoke path.
 */
export function isControlPlaneRequest(info: RequestInfo): boolean {
  const p = info.url.pathname;
  if (!ROOTS.some((root) => p === root || p.startsWith(`${root}/`))) return false;
  if (info.hostname.includes(".execute-api.")) return false;
  return p.split("/")[4] !== "_user_request_";
}

/** The REST-JSON control plane: every operation in the registry, routed by its HTTP binding. */
export function apigatewayControlMount(s: Services): Mount {
  const route = compileRoutes(Object.values(REST_OPERATIONS));
  return {
    name: "apigateway-control",
    handles: (_req, info) => isControlPlaneRequest(info),
    handle: async (req, res, info) => {
      const match = route(req.method ?? "GET", info.url.pathname, info.url.searchParams);
      try {
        if (!match)
          throw new RestJsonError("NotFoundException", `poolgate does not implement ${req.method} ${info.url.pathname} of the API Gateway control plane`, 404);
        await run(s, match.op, match.path, req, res, info);
      } catch (err) {
        const e = sendRestJsonError(res, info.requestId, err);
        if (!(err instanceof RestJsonError))
          s.log.error(`${match?.op.name ?? "apigateway"} failed`, { requestId: info.requestId, error: err instanceof Error ? err.stack : String(err) });
        else s.log.debug(`${match?.op.name} refused`, { requestId: info.requestId, type: e.type, message: e.message });
      }
    },
  };
}

async function run(s: Services, op: RestOperation, path: Record<string, string>, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  let raw: Buffer;
  try {
    raw = await readBody(req, op.body === "raw" ? undefined : MAX_JSON_BODY);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw new RestJsonError("BadRequestException", "Request body is too large", 400);
    throw e;
  }
  const body = op.body === "raw" ? {} : parseRestJsonBody(raw);
  // Always, even without a declared shape: validation also drops JSON null members (treated as absent).
  if (op.body !== "raw") validateInput(op, body);
  const output = await op.run(s, { path, query: info.url.searchParams, headers: req.headers, body, raw }, { requestId: info.requestId });
  if (output instanceof RawPayload) sendRestRaw(res, info.requestId, output.body, output.headers);
  else sendRestJson(res, info.requestId, op.status, output);
}

/** AWS names the input structure in its messages: "... at 'putIntegrationInput.type' failed to satisfy ...". */
function validateInput(op: RestOperation, body: Record<string, unknown>): void {
  const root = `${op.name.charAt(0).toLowerCase()}${op.name.slice(1)}Input`;
  try {
    validate({ [root]: struct(op.input, { required: true }) }, { [root]: body });
  } catch (e) {
    if (e instanceof AwsJsonError) throw new RestJsonError(e.type === "SerializationException" ? "BadRequestException" : "ValidationException", e.message, 400);
    throw e;
  }
}
