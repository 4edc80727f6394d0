import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLarge, type Mount, type RequestInfo, readBody, send } from "../server/http.js";
import type { Services } from "../services.js";
import { parseAwsJsonBody, sendAwsJson, sendAwsJsonError, targetOf } from "../wire/aws-json.js";
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

/** POST / with X-Amz-Target: AWSCognitoIdentityProviderService.<Operation> (and its CORS preflight). */
export function cognitoMount(s: Services): Mount {
  return {
    name: "cognito-idp",
    handles: (req, info) =>
      info.url.pathname === "/" &&
      ((req.method === "POST" && (targetOf(req) ?? "").startsWith(PREFIX)) || (req.method === "OPTIONS" && !!req.headers["access-control-request-method"])),
    handle: (req, res, info) => handleCognito(s, req, res, info),
  };
}

async function handleCognito(s: Services, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  if (req.method === "OPTIONS") {
    send(res, 200, preflightHeaders(req));
    return;
  }
  const name = (targetOf(req) ?? "").slice(PREFIX.length);
  const cors = corsHeadersFor(OPERATIONS[name]);
  try {
    refuseCrossOriginSigV4(OPERATIONS[name], req, new URL(s.urls.base).origin);
    let body: Buffer;
    try {
      body = await readBody(req, MAX_COGNITO_BODY);
    } catch (e) {
      if (e instanceof BodyTooLarge) throw new AwsJsonError("SerializationException", "Request body is too large");
      throw e;
    }
    const op = OPERATIONS[name];
    if (!op) {
      if (KNOWN.has(name)) throw notYetImplemented(name);
      throw new AwsJsonError("UnknownOperationException", `Unknown operation ${name}`);
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
