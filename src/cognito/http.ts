import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLarge, type Mount, type RequestInfo, readBody, send } from "../http/exchange.js";
import type { Services } from "../services.js";
import { parseAwsJsonBody, sendAwsJson, sendAwsJsonError, targetOf } from "../wire/aws-json.js";
import { truncate } from "../wire/echo.js";
import { AwsJsonError } from "../wire/errors.js";
import { validate } from "../wire/validation.js";
import { COGNITO_OPERATION_NAMES } from "./aws-operation-names.js";
import { corsHeadersFor, preflightHeaders, refuseCrossOriginSigV4 } from "./cors.js";
import { notYetImplemented } from "./operation.js";
import { OPERATIONS } from "./operations/registry.js";

const PREFIX = "AWSCognitoIdentityProviderService.";
const KNOWN = new Set(COGNITO_OPERATION_NAMES);
// Cognito API bodies are small; AWS refuses far smaller ones than the edge's general limit.
const MAX_COGNITO_BODY = 1024 * 1024;

/**
 * AWS answers an unknown or missing target with 400 and `{"__type":"UnknownOperationException"}` (recorded
 * from CloudWatch Logs, another JSON 1.1 service, in aws/aws-sdk-net#1536). Ours adds a message naming the
 * target, bounded like every echo.
 */
const unknownOperation = (target: string) =>
  new AwsJsonError("UnknownOperationException", target ? `Unknown operation ${truncate(target, 128)}` : "Missing X-Amz-Target header");

/**
 * POST / with X-Amz-Target: AWSCognitoIdentityProviderService.<Operation> (and its CORS preflight). Every
 * other POST / is a JSON 1.1 request too (no other service here speaks it), so a missing or foreign target
 * gets the protocol's UnknownOperationException rather than a 404 no SDK can parse.
 */
export function cognitoMount(s: Services): Mount {
  return {
    name: "cognito-idp",
    handles: (req, info) =>
      info.url.pathname === "/" && (req.method === "POST" || (req.method === "OPTIONS" && !!req.headers["access-control-request-method"])),
    handle: (req, res, info) => handleCognito(s, req, res, info),
  };
}

async function handleCognito(s: Services, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  if (req.method === "OPTIONS") {
    send(res, 200, preflightHeaders(req));
    return;
  }
  const target = targetOf(req) ?? "";
  const name = target.startsWith(PREFIX) ? target.slice(PREFIX.length) : "";
  const op = OPERATIONS.get(name);
  const cors = corsHeadersFor(op);
  try {
    refuseCrossOriginSigV4(op, req, new URL(s.urls.base).origin);
    let body: Buffer;
    try {
      body = await readBody(req, MAX_COGNITO_BODY);
    } catch (e) {
      if (e instanceof BodyTooLarge) throw new AwsJsonError("SerializationException", "Request body is too large");
      throw e;
    }
    if (!op) {
      if (KNOWN.has(name)) throw notYetImplemented(name);
      throw unknownOperation(target);
    }
    const input = parseAwsJsonBody(body);
    validate(op.input, input);
    const output = await op.run(s, input, { requestId: info.requestId, sourceIp: info.sourceIp });
    sendAwsJson(res, info.requestId, output, cors);
  } catch (err) {
    const e = sendAwsJsonError(res, info.requestId, err, cors);
    if (!(err instanceof AwsJsonError)) s.log.error(`${name} failed`, { requestId: info.requestId, error: err instanceof Error ? err.stack : String(err) });
    else s.log.debug(`${name} refused`, { requestId: info.requestId, type: e.type, message: e.message });
  }
}
