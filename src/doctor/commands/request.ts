import { readFileSync } from "node:fs";
import { TestInvokeAuthorizerCommand } from "@aws-sdk/client-api-gateway";
import { refusalAnswer } from "../../apigateway/invoke/answer.js";
import { evaluateSteps, invokeState } from "../../apigateway/invoke/pipeline.js";
import type { InvokeRequest, InvokeState, Refusal } from "../../apigateway/invoke/state.js";
import { authHeaderCheck, headerValue, identityHeaderName } from "../../checks/request/auth-header.js";
import { type CheckId, type Finding, finding } from "../../checks/types.js";
import { headerValueAsReceived } from "../../grammar/header-value.js";
import { routeRequest } from "../../grammar/resource-path.js";
import { decodeJwt } from "../../jwt/jwt.js";
import type { Authorizer, DeploymentSnapshot } from "../../shapes/apigateway.js";
import { parseYaml } from "../../wire/yaml.js";
import { apiGatewayClient, awsErrorName, cognitoClient, resolveTarget } from "../aws/target.js";
import { checkAnswer, hiddenByCors } from "../checks/answer.js";
import { checkClockSkew, checkDateHeader } from "../checks/clock-skew.js";
import { canonicalJson, checkDeployed } from "../checks/deployed.js";
import { checkPrivateEndpoint } from "../checks/private-endpoint.js";
import { checkProduct } from "../checks/product.js";
import { type ApiConfig, apiConfigFromExport, readApiConfig } from "../inputs/api-config.js";
import { parseCurl, parseHeaderArgs } from "../inputs/curl.js";
import { type InvokeUrl, parseInvokeUrl } from "../inputs/invoke-url.js";
import { parseNow } from "../inputs/now.js";
import type { DoctorIo } from "../io.js";
import { CannotPredict, type DoctorServices, doctorEnv } from "../predict/env.js";
import type { HttpOutcome, Note, Report } from "../report/report.js";
import { UsageError } from "../usage-error.js";

export interface RequestOptions {
  method?: string;
  header?: string[];
  data?: string;
  curl?: string;
  endpointUrl?: string;
  region?: string;
  send?: boolean;
  sourceIp?: string;
  jwksUrl?: string;
  now?: string;
  /** An exported OpenAPI document (JSON or YAML) to read the API's configuration from, offline. */
  apiFile?: string;
}

interface HttpRequest {
  url: string;
  method: string;
  headers: Array<[string, string]>;
  body?: string;
}

export function requestOf(url: string | undefined, o: RequestOptions): HttpRequest {
  if (o.curl !== undefined) return parseCurl(o.curl);
  if (!url) throw new UsageError("doctor.usage.missing-option", { option: "<url>" });
  return { url, method: (o.method ?? (o.data !== undefined ? "POST" : "GET")).toUpperCase(), headers: parseHeaderArgs(o.header ?? []), body: o.data };
}

const skip = (id: CheckId, key = "skipped"): Finding => finding(id, "skip", key);

/**
 * `poolgate doctor request`: reads the API's configuration through the API Gateway and Cognito APIs and walks
 * the request through what API Gateway checks, in its order (stage, route, authorization type, authorizer,
 * resource policy), using the gateway's own evaluation for the authorizer; --send then compares with the answer.
 */
/**
 * `poolgate doctor request`: reads the API's configuration through the API Gateway and Cognito APIs, then runs the
 * gateway's own invoke steps (src/apigateway/invoke/pipeline.ts) on it to predict the answer, with the doctor's
 * own checks around them (the product, private endpoints, what a new deployment would change, the authorizer in
 * test mode); --send then holds the real answer against the prediction.
 */
export async function doctorRequest(url: string | undefined, o: RequestOptions, io: DoctorIo): Promise<Report> {
  const req = requestOf(url, o);
  const invokeUrl = invokeUrlOf(req);
  const target = invokeUrl.target;
  const endpointUrl = o.endpointUrl ?? invokeUrl.localEndpoint;
  const aws = resolveTarget({ region: o.region ?? target.region, endpointUrl }, io.env);
  // The headers as the gateway receives them: the same bytes are judged here and sent with --send.
  const headers = Object.fromEntries(req.headers.map(([k, v]) => [k.toLowerCase(), headerValueAsReceived(v)]));
  const nowMs = parseNow(o.now, io.now());
  const apigw = apiGatewayClient(aws, io.env);
  const cognito = cognitoClient(aws, io.env);
  try {
    const config = o.apiFile ? configFromFile(o.apiFile, invokeUrl) : await readApiConfig(apigw, aws, target.apiId, target.stageName);
    const services = o.apiFile ? undefined : { apigw, cognito };
    const { findings, notes, prediction } = await predict(invokeUrl, req.method, headers, config, aws.region, endpointUrl, nowMs, o, io, services, aws);
    const report: Report = { titleKey: "doctor.title.request", titleParams: { method: req.method, url: req.url }, findings, notes, prediction };
    if (o.send) {
      const answer = await io.http(req.url, { method: req.method, headers, body: req.body }).catch((e: Error) => {
        throw new UsageError("doctor.usage.unreachable", { endpoint: req.url, code: (e as NodeJS.ErrnoException).code ?? e.message });
      });
      report.answer = { status: answer.status, body: answer.body };
      const errorType = answer.headers["x-amzn-errortype"];
      const f = checkAnswer({ status: answer.status, body: answer.body, errorType }, prediction);
      addDateSkew(findings, checkDateHeader(answer.headers.date, io.now()));
      findings.push(f);
      notes.push({
        key: errorType ? "doctor.request.sent" : "doctor.request.sent-plain",
        params: { status: answer.status, body: answer.body.slice(0, 300), ...(errorType ? { errorType } : {}) },
      });
      if (f.messageKey === "unexpected") notes.push({ key: `request.answer.${String(f.params?.symptom ?? "other")}`, params: f.params });
      if (hiddenByCors(answer.status, headers, answer.headers)) notes.push({ key: "doctor.request.cors-error", params: { status: answer.status } });
    }
    if (prediction?.status === 200 && prediction.body === undefined) notes.push({ key: "doctor.request.predicted-through" });
    else if (prediction) notes.push({ key: "doctor.request.predicted", params: { status: prediction.status, body: prediction.body ?? "" } });
    return report;
  } finally {
    apigw.destroy();
    cognito.destroy();
  }
}

/**
 * The request's invoke URL. A call to a user pool's token endpoint with a JSON body is the article's C8 mistake
 * itself: say so at once (Cognito answers it with 405) instead of "not an API".
 */
function invokeUrlOf(req: HttpRequest): InvokeUrl {
  try {
    return parseInvokeUrl(req.url);
  } catch (e) {
    const contentType = req.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
    if (e instanceof UsageError && e.key === "doctor.usage.cognito-url" && /\/oauth2\/token$/.test(new URL(req.url).pathname) && /json/i.test(contentType))
      throw new UsageError("doctor.usage.token-endpoint-json", { url: req.url, contentType });
    throw e;
  }
}

/** Runs the gateway's steps on the configuration read, and adds the doctor's own checks around their findings. */
async function predict(
  u: InvokeUrl,
  method: string,
  headers: Record<string, string>,
  config: ApiConfig,
  region: string,
  endpointUrl: string | undefined,
  nowMs: number,
  o: RequestOptions,
  io: DoctorIo,
  services: DoctorServices | undefined,
  aws: Parameters<typeof doctorEnv>[0]["aws"],
): Promise<{ findings: Finding[]; notes: Note[]; prediction?: HttpOutcome }> {
  const target = u.target;
  const notes: Note[] = [];
  const query = new URLSearchParams(u.query);
  const { env, record } = await doctorEnv({
    config,
    stageName: target.stageName,
    aws,
    region: target.region ?? region,
    nowMs,
    jwksUrl: o.jwksUrl,
    io,
    services,
    headers,
    query,
  });
  const request: InvokeRequest = {
    method,
    headers,
    query,
    // The caller's address: given, or this machine's when the API is poolgate's; unknown for a call to AWS.
    sourceIp: o.sourceIp ?? (endpointUrl !== undefined ? "127.0.0.1" : undefined),
    requestId: "00000000-0000-0000-0000-000000000000",
  };
  const st = invokeState(request, target, env);
  let refusal: Refusal | undefined;
  let unpredictable: CannotPredict | undefined;
  try {
    refusal = await evaluateSteps(st, env);
  } catch (e) {
    if (!(e instanceof CannotPredict)) throw e;
    unpredictable = e;
    st.findings.push(finding("authorizer.lambda", "skip", "skipped"));
  }
  let prediction: HttpOutcome | undefined;
  if (refusal) {
    const marked = { ...refusal, cause: { ...refusal.cause, cause: true } };
    const at = st.findings.lastIndexOf(refusal.cause);
    if (at >= 0) st.findings[at] = marked.cause;
    const answer = refusalAnswer(st, marked);
    prediction = { status: answer.status, body: answer.body };
  } else if (!unpredictable) {
    prediction = { status: 200 };
    st.findings.push(finding("cors.gateway-responses", "skip", headers.origin ? "no-error" : "not-cross-origin"));
  }

  const findings: Finding[] = [checkProduct(target.apiId, aws.region, config.apiExists)];
  const preflightBlocked = st.findings.some((f) => f.id === "cors.preflight-authorizer" && f.status === "fail");
  for (const f of st.findings) {
    // A preflight never carries a token: its missing header is not the caller's to fix (cors.preflight-authorizer says what is).
    if (preflightBlocked && f.id === "request.auth-header" && f.messageKey === "missing") {
      findings.push(authHeaderCheck.finding("preflight"));
      continue;
    }
    findings.push(f);
    if (f.id === "request.stage" && config.apiExists)
      findings.push(
        checkPrivateEndpoint({
          endpointTypes: config.api?.endpointTypes ?? [],
          viaVpce: target.form === "aws-private" || "x-apigw-api-id" in headers,
          policy: config.api?.policy,
        }),
      );
    if (f.id === "request.route") findings.push(deployedFinding(st, method, config, !refusal && !unpredictable));
    // Before the issuer and expiry are blamed: a clock that is off explains both.
    if (f.id === "token.decodable" && f.status !== "skip") {
      const payload = tokenPayload(st, headers);
      if (payload) findings.push(checkClockSkew(payload, Math.floor(nowMs / 1000)));
    }
    if (f.id === "token.claims" && services)
      findings.push(await testInvoke(services.apigw, target.apiId, currentAuthorizerOf(st, config), headers, config.stage?.variables ?? {}));
    else if (f.id === "token.claims") findings.push(finding("authorizer.test-invoke", "skip", "offline"));
  }
  addNotes(st, refusal, headers, notes, record.missingPools);
  // The ids the doctor knows fill the commands of fix texts ({apiId|arg}), which the gateway leaves as <api-id>.
  const known: Record<string, string> = { apiId: target.apiId };
  if (st.route?.method.authorizerId) known.authorizerId = st.route.method.authorizerId;
  return { findings: findings.map((f) => ({ ...f, params: { ...known, ...f.params } })), notes, prediction };
}

/** A2 `api.deployed`: what the stage serves for this route against the current configuration. */
function deployedFinding(st: InvokeState, method: string, config: ApiConfig, letsThrough: boolean): Finding {
  const deployedPath = st.route?.resource.path;
  // The same route in the current configuration, by the gateway's own matching.
  const now = routeRequest({ resources: config.current.resources } as DeploymentSnapshot, st.target.path, method).match;
  const currentMethod = now?.method;
  const currentAuthorizer = config.current.authorizers.find((a) => a.id === currentMethod?.authorizerId);
  const deployed = deployedPath ? (config.deployed?.[deployedPath]?.[method] ?? config.deployed?.[deployedPath]?.ANY) : undefined;
  return checkDeployed({
    stage: st.target.stageName,
    verb: method,
    path: now?.resource.path ?? deployedPath ?? st.target.path,
    deployed,
    current: currentMethod
      ? {
          authorizationType: currentMethod.authorizationType,
          scopes: currentMethod.authorizationScopes ?? [],
          providerARNs: currentAuthorizer?.providerARNs,
          apiKeyRequired: currentMethod.apiKeyRequired,
          authorizer: currentAuthorizer && {
            type: currentAuthorizer.type,
            providerARNs: currentAuthorizer.providerARNs ?? [],
            identitySource: currentAuthorizer.identitySource,
            authorizerUri: currentAuthorizer.authorizerUri,
            authorizerResultTtlInSeconds: currentAuthorizer.authorizerResultTtlInSeconds,
            identityValidationExpression: currentAuthorizer.identityValidationExpression,
          },
        }
      : undefined,
    exportAvailable: config.exportAvailable,
    policyChanged: config.exportAvailable && canonicalJson(config.deployedPolicy) !== canonicalJson(config.api?.policy),
    gatewayResponsesChanged: changedGatewayResponses(config),
    letsThrough,
  });
}

/** The claims of the token the method's authorizer reads, unverified (only its iat is looked at). */
function tokenPayload(st: InvokeState, headers: Record<string, string>): Record<string, unknown> | undefined {
  const authorizer = st.snapshot?.authorizers.find((a) => a.id === st.route?.method.authorizerId);
  const raw = headerValue(headers, identityHeaderName(authorizer?.identitySource) ?? "authorization");
  return raw === undefined ? undefined : decodeJwt(raw.trim().replace(/^bearer +/i, ""))?.payload;
}

/**
 * The server's clock from --send's answer, placed before the answer's reading (which would otherwise blame the
 * endpoint or region first); it replaces a token.clock-skew finding that saw nothing wrong.
 */
function addDateSkew(findings: Finding[], date: Finding | undefined): void {
  if (!date) return;
  const at = findings.findIndex((x) => x.id === date.id);
  if (at < 0) findings.push(date);
  else if (date.status === "warn" && findings[at].status !== "warn") findings[at] = date;
  else if (date.status === "warn") findings.push(date);
}

/** The method's authorizer in the current configuration (TestInvokeAuthorizer tests that one). */
function currentAuthorizerOf(st: InvokeState, config: ApiConfig): Authorizer | undefined {
  const deployed = st.snapshot?.authorizers.find((a) => a.id === st.route?.method.authorizerId);
  return config.current.authorizers.find((a) => a.id === deployed?.id || a.name === deployed?.name);
}

const JWT_LIKE = /eyJ[\w-]+\.eyJ[\w-]+\./;

/** Hints that are not verdicts: what the request's shape suggests about a refusal. */
function addNotes(st: InvokeState, refusal: Refusal | undefined, headers: Record<string, string>, notes: Note[], missingPools: string[]): void {
  const sent = headerValue(headers, "authorization") !== undefined;
  const type = st.route?.method.authorizationType;
  if (refusal?.error?.type === "MISSING_AUTHENTICATION_TOKEN" && sent)
    notes.push({ key: type === "AWS_IAM" ? "doctor.request.iam-with-jwt" : "doctor.request.sigv4-hint" });
  if (type === "NONE" && Object.values(headers).some((v) => JWT_LIKE.test(v))) notes.push({ key: "doctor.request.none-with-jwt" });
  if (type === "COGNITO_USER_POOLS") {
    // The gateway only minds a missing pool when the token comes from it; a stale ARN is still worth a word.
    if (missingPools.length > 0) notes.push({ key: "doctor.request.missing-pools", params: { pools: missingPools.join(", ") } });
    const authorizer = st.snapshot?.authorizers.find((a) => a.id === st.route?.method.authorizerId);
    const name = identityHeaderName(authorizer?.identitySource) ?? "authorization";
    const elsewhere = Object.entries(headers).find(([k, v]) => k !== name && JWT_LIKE.test(v));
    if (refusal && headerValue(headers, name) === undefined && elsewhere)
      notes.push({ key: "doctor.request.token-in-other-header", params: { sent: elsewhere[0], header: name } });
  }
}

/** Response types whose customisation differs between the deployment and now (only when the export shows them). */
function changedGatewayResponses(config: ApiConfig): string[] {
  if (!config.deployedGatewayResponses) return [];
  const key = (g: { statusCode?: string; responseParameters?: Record<string, string>; responseTemplates?: Record<string, string> }) =>
    canonicalJson(JSON.stringify({ s: g.statusCode ?? null, p: g.responseParameters ?? {}, t: g.responseTemplates ?? {} }));
  const deployed = new Map(config.deployedGatewayResponses.map((g) => [g.responseType, key(g)]));
  const current = new Map(config.gatewayResponses.filter((g) => !g.defaultResponse).map((g) => [g.responseType, key(g)]));
  const types = new Set([...deployed.keys(), ...current.keys()]);
  return [...types].filter((t) => deployed.get(t) !== current.get(t)).sort();
}

/** A3 `authorizer.test-invoke`: the article's "the authorizer works in test mode" (TestInvokeAuthorizer; ID tokens only). */
async function testInvoke(
  apigw: ReturnType<typeof apiGatewayClient>,
  restApiId: string,
  authorizer: Authorizer | undefined,
  headers: Record<string, string>,
  stageVariables: Record<string, string>,
): Promise<Finding> {
  const id = "authorizer.test-invoke";
  if (!authorizer) return skip(id, "no-authorizer");
  const headerName = identityHeaderName(authorizer.identitySource) ?? "authorization";
  const token = headerValue(headers, headerName);
  if (!token) return skip(id, "no-token");
  const jwt = decodeJwt(token.trim().replace(/^bearer +/i, ""));
  if (jwt?.payload.token_use === "access") return skip(id, "access-token");
  try {
    const r = await apigw.send(
      new TestInvokeAuthorizerCommand({
        restApiId,
        authorizerId: authorizer.id,
        headers: { [headerName === "authorization" ? "Authorization" : headerName]: token },
        // The stage's variables, so a provider ARN written as ${stageVariables.x} resolves as it does for the stage.
        stageVariables,
      }),
    );
    const status = r.clientStatus ?? 0;
    if (status === 0 || status === 200) return finding(id, "pass", "ok", { params: { authorizer: authorizer.name } });
    return finding(id, "fail", "refused", { params: { authorizer: authorizer.name, status }, actual: status, expected: 200 });
  } catch (e) {
    return finding(id, "skip", "unavailable", { params: { error: awsErrorName(e) ?? (e as Error).message } });
  }
}

/** --api-file: the API's configuration from an exported OpenAPI document (JSON or YAML), read offline. */
function configFromFile(path: string, u: InvokeUrl): ApiConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError("doctor.usage.unreadable-file", { file: path, code: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let doc: unknown;
  try {
    doc = text.trimStart().startsWith("{") ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    doc = undefined;
  }
  const config = apiConfigFromExport(doc, u.target.apiId, u.target.stageName);
  if (!config) throw new UsageError("doctor.usage.not-an-export", { file: path });
  return config;
}
