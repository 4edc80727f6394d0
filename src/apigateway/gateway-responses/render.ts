import type { GatewayResponse } from "../../shapes/apigateway.js";
import { isHeaderName, isHeaderValue } from "../../wire/header-field.js";
import { DEFAULT_TEMPLATE, GATEWAY_RESPONSE_DEFAULTS, type GatewayResponseType } from "./defaults.js";

/** What a gateway-generated error knows when it is rendered. */
export interface GatewayError {
  type: GatewayResponseType;
  /** $context.error.message; null renders as null (AUTHORIZER_CONFIGURATION_ERROR's `{"message":null}`). */
  message: string | null;
  /** Overrides the type's error type (MISSING_AUTHENTICATION_TOKEN answers IncompleteSignatureException for a sent Authorization header). */
  errorType?: string;
  /**
   * Resource-policy denials: AWS sends `{"Message": ...}` with a capital M although ACCESS_DENIED's template says
   * "message" (seen in many captures; LocalStack does the same). A customised response uses its own template.
   */
  capitalMessage?: boolean;
  /** A status API Gateway uses for this failure instead of the type's default (502 for a malformed Lambda proxy answer). */
  status?: number;
}

export interface RenderContext {
  customised: GatewayResponse[];
  requestId: string;
  stage?: string;
  apiId?: string;
  httpMethod?: string;
  resourcePath?: string;
  sourceIp?: string;
  stageVariables?: Record<string, string>;
  requestHeaders?: Record<string, string | string[] | undefined>;
  query?: URLSearchParams;
  pathParams?: Record<string, string>;
}

export interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const jsonQuote = (s: string) => JSON.stringify(s);

/**
 * Resolution as AWS documents it: a customised response of the type wins; else a customised DEFAULT_4XX/5XX
 * (by the type's default status) with the type's own error type; else the built-in default.
 */
export function resolveGatewayResponse(type: GatewayResponseType, customised: GatewayResponse[]): GatewayResponse | undefined {
  const own = customised.find((r) => r.responseType === type);
  if (own) return own;
  const status = GATEWAY_RESPONSE_DEFAULTS[type].status ?? 500;
  const family = status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX";
  return customised.find((r) => r.responseType === family);
}

function contextValue(name: string, err: GatewayError, ctx: RenderContext): string | undefined {
  switch (name) {
    case "error.message":
      return err.message ?? "";
    case "error.messageString":
      return err.message === null ? "null" : jsonQuote(err.message);
    case "error.responseType":
      return err.type;
    case "error.validationErrorString":
      return "";
    case "requestId":
    case "extendedRequestId":
      return ctx.requestId;
    case "stage":
      return ctx.stage;
    case "apiId":
      return ctx.apiId;
    case "httpMethod":
      return ctx.httpMethod;
    case "resourcePath":
      return ctx.resourcePath;
    case "identity.sourceIp":
      return ctx.sourceIp;
    default:
      return undefined;
  }
}

/** Gateway-response templates are plain substitution (no VTL): $context.x, $stageVariables.x, $input.params... are replaced. */
export function substitute(template: string, err: GatewayError, ctx: RenderContext): string {
  return template.replace(/\$(?:\{([\w.]+)\}|((?:context|stageVariables)\.[\w.]+))/g, (whole, braced: string | undefined, plain: string | undefined) => {
    const ref = (braced ?? plain) as string;
    if (ref.startsWith("context.")) return contextValue(ref.slice(8), err, ctx) ?? "";
    if (ref.startsWith("stageVariables.")) return ctx.stageVariables?.[ref.slice(15)] ?? "";
    return whole;
  });
}

function headerOf(headers: RenderContext["requestHeaders"], name: string): string | undefined {
  const v = headers?.[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** A responseParameters value: 'static', method.request.header|querystring|path.x, stageVariables.x or context.x. */
function parameterValue(source: string, err: GatewayError, ctx: RenderContext): string | undefined {
  const s = source.trim();
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1);
  let m = /^method\.request\.header\.(.+)$/.exec(s);
  if (m) return headerOf(ctx.requestHeaders, m[1]);
  m = /^method\.request\.querystring\.(.+)$/.exec(s);
  if (m) return ctx.query?.get(m[1]) ?? undefined;
  m = /^method\.request\.path\.(.+)$/.exec(s);
  if (m) return ctx.pathParams?.[m[1]];
  m = /^stageVariables\.(.+)$/.exec(s);
  if (m) return ctx.stageVariables?.[m[1]];
  m = /^context\.(.+)$/.exec(s);
  if (m) return contextValue(m[1], err, ctx);
  return undefined;
}

/** Renders a gateway error with the API's PutGatewayResponse customisations from the deployed snapshot. */
export function renderGatewayResponse(err: GatewayError, ctx: RenderContext): RenderedResponse {
  const defaults = GATEWAY_RESPONSE_DEFAULTS[err.type];
  const custom = resolveGatewayResponse(err.type, ctx.customised);
  const status = Number(custom?.statusCode ?? err.status ?? defaults.status ?? 500);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const errorType = err.errorType ?? defaults.errorType;
  if (errorType) headers["x-amzn-ErrorType"] = errorType;
  for (const [key, source] of Object.entries(custom?.responseParameters ?? {})) {
    const m = /^gatewayresponse\.header\.(.+)$/.exec(key);
    if (!m) continue;
    const value = parameterValue(source, err, ctx);
    // A value HTTP cannot carry (CR/LF, beyond Latin-1: a query string is the caller's to choose) is dropped, so the
    // refusal is still the one rendered rather than a 500 [poolgate's choice; AWS does not document this case].
    if (value !== undefined && isHeaderName(m[1]) && isHeaderValue(value)) headers[m[1].toLowerCase()] = value;
  }
  const templates = custom?.responseTemplates ?? {};
  const contentType = "application/json" in templates ? "application/json" : Object.keys(templates)[0];
  if (custom && contentType !== undefined) {
    headers["content-type"] = contentType;
    return { status, headers, body: substitute(templates[contentType] ?? "", err, ctx) };
  }
  if (err.capitalMessage) return { status, headers, body: JSON.stringify({ Message: err.message }) };
  return { status, headers, body: substitute(DEFAULT_TEMPLATE, err, ctx) };
}
