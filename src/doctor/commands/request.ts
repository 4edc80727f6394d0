import type { KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { GetApiKeysCommand, GetUsagePlansCommand, TestInvokeAuthorizerCommand } from "@aws-sdk/client-api-gateway";
import { DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import type { Authorizer } from "../../apigateway/model.js";
import {
  checkIdentitySources,
  identitySourcesOf,
  identityValues,
  judgeAuthorizerAnswer,
  lambdaAuthorizerCheck,
  resultTtlSeconds,
} from "../../checks/authorizer/lambda.js";
import { parseUserPoolArn } from "../../checks/authorizer/provider-arns.js";
import { checkGatewayResponseCors } from "../../checks/cors/gateway-responses.js";
import { checkPreflightAuthorizer } from "../../checks/cors/preflight-authorizer.js";
import { type CognitoAuthorizerResult, evaluateCognitoAuthorizer } from "../../checks/evaluate-cognito-authorizer.js";
import { checkAuthorizationType } from "../../checks/method/authorization-type.js";
import { apiKeyCheck, checkApiKey, presentedApiKey } from "../../checks/request/api-key.js";
import { headerValue, identityHeaderName } from "../../checks/request/auth-header.js";
import { methodArn } from "../../checks/request/iam-policy.js";
import { checkResourcePolicy } from "../../checks/request/resource-policy.js";
import { checkRoute } from "../../checks/request/route.js";
import { checkStage } from "../../checks/request/stage.js";
import { type Finding, finding } from "../../checks/types.js";
import { decodeJwt } from "../../cognito/tokens/jwt.js";
import { parseYaml } from "../../wire/yaml.js";
import { type AwsTarget, apiGatewayClient, awsCall, awsErrorName, cognitoClient, resolveTarget } from "../aws/target.js";
import { checkAnswer } from "../checks/answer.js";
import { canonicalJson, checkDeployed } from "../checks/deployed.js";
import { checkPrivateEndpoint } from "../checks/private-endpoint.js";
import { checkProduct } from "../checks/product.js";
import { type ApiConfig, apiConfigFromExport, type DeployedMethod, readApiConfig } from "../inputs/api-config.js";
import { parseCurl, parseHeaderArgs } from "../inputs/curl.js";
import { type InvokeTarget, parseInvokeUrl } from "../inputs/invoke-url.js";
import { jwksUrlOf, poolIdOfIssuer } from "../inputs/issuer.js";
import { fetchJwks, type JwksResult } from "../inputs/jwks.js";
import { parseNow } from "../inputs/now.js";
import { matchResourcePath } from "../inputs/route-match.js";
import type { DoctorIo } from "../io.js";
import type { Note, Report } from "../report/report.js";
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

/** ${stageVariables.name} in a provider ARN, resolved with the stage's variables (AWS docs allow this form). */
const resolveStageVariables = (arn: string, vars: Record<string, string>) => arn.replace(/\$\{stageVariables\.(\w+)\}/g, (m, name: string) => vars[name] ?? m);

/** API Gateway's answers for an unknown route: without, and with, an Authorization header (read as SigV4). */
const MISSING_TOKEN_BODY = '{"message":"Missing Authentication Token"}';
const SIGV4_BODY = `{"message":"... Authorization header requires 'Credential' parameter ..."}`;

const skip = (id: string, key = "skipped"): Finding => finding(id, "skip", key);

/**
 * `poolgate doctor request`: reads the API's configuration through the API Gateway and Cognito APIs and walks
 * the request through what API Gateway checks, in its order (stage, route, authorization type, authorizer,
 * resource policy), using the gateway's own evaluation for the authorizer; --send then compares with the answer.
 */
export async function doctorRequest(url: string | undefined, o: RequestOptions, io: DoctorIo): Promise<Report> {
  const req = requestOf(url, o);
  const target = parseInvokeUrl(req.url);
  const endpointUrl = o.endpointUrl ?? target.localEndpoint;
  const aws = resolveTarget({ region: o.region ?? target.region, endpointUrl }, io.env);
  const headers = Object.fromEntries(req.headers.map(([k, v]) => [k.toLowerCase(), v]));
  const nowS = Math.floor(parseNow(o.now, io.now()) / 1000);
  const apigw = apiGatewayClient(aws, io.env);
  const cognito = cognitoClient(aws, io.env);
  try {
    const config = o.apiFile ? configFromFile(o.apiFile, target) : await readApiConfig(apigw, aws, target.restApiId, target.stage);
    const services = o.apiFile ? undefined : { apigw, cognito };
    const { findings, notes, predicted, predictedBody } = await walk(target, req, headers, config, aws, nowS, o, io, services);
    if (o.send) {
      const answer = await io.http(req.url, { method: req.method, headers, body: req.body }).catch((e: Error) => {
        throw new UsageError("doctor.usage.unreachable", { endpoint: req.url, code: (e as NodeJS.ErrnoException).code ?? e.message });
      });
      const f = checkAnswer({ status: answer.status, body: answer.body, errorType: answer.headers["x-amzn-errortype"] }, predicted);
      findings.push(f);
      notes.push({
        key: "doctor.request.sent",
        params: { status: answer.status, body: answer.body.slice(0, 300), errorType: answer.headers["x-amzn-errortype"] ?? "-" },
      });
      if (f.messageKey === "unexpected") notes.push({ key: `request.answer.${String(f.params?.symptom ?? "other")}`, params: f.params });
    }
    if (predicted === 200) notes.push({ key: "doctor.request.predicted-through" });
    else if (predicted !== undefined) notes.push({ key: "doctor.request.predicted", params: { status: predicted, body: predictedBody ?? "" } });
    return { titleKey: "doctor.title.request", titleParams: { method: req.method, url: req.url }, findings, notes };
  } finally {
    apigw.destroy();
    cognito.destroy();
  }
}

async function walk(
  target: InvokeTarget,
  req: HttpRequest,
  headers: Record<string, string>,
  config: ApiConfig,
  aws: AwsTarget,
  nowS: number,
  o: RequestOptions,
  io: DoctorIo,
  /** The AWS APIs; undefined offline (--api-file), where TestInvokeAuthorizer and pool look-ups are skipped. */
  services: { apigw: ReturnType<typeof apiGatewayClient>; cognito: ReturnType<typeof cognitoClient> } | undefined,
): Promise<{ findings: Finding[]; notes: Note[]; predicted?: number; predictedBody?: string }> {
  const findings: Finding[] = [];
  const notes: Note[] = [];
  findings.push(checkProduct(target.restApiId, aws.region, config.apiExists));
  const stage = checkStage({
    apiId: target.restApiId,
    stageName: target.stage,
    apiExists: config.apiExists,
    stageExists: config.stage !== undefined,
    deploymentExists: config.deployment !== undefined,
    endpointDisabled: config.api?.disableExecuteApiEndpoint && target.form === "aws",
    stages: config.stages,
  });
  findings.push(stage);
  if (!config.apiExists) return { findings, notes };
  findings.push(
    checkPrivateEndpoint({
      endpointTypes: config.api?.endpointTypes ?? [],
      viaVpce: target.form === "aws-private" || "x-apigw-api-id" in headers,
      policy: config.api?.policy,
    }),
  );
  if (stage.status === "fail") return { findings, notes, predicted: 403, predictedBody: '{"message":"Forbidden"}' };

  // Route, in the deployed snapshot; and the same route in the current configuration.
  const deployedPaths = Object.keys(config.deployed ?? {});
  const deployedPath = matchResourcePath(deployedPaths, target.path);
  const deployedVerbs = deployedPath ? Object.keys(config.deployed?.[deployedPath] ?? {}) : [];
  const route = checkRoute({ path: target.path, httpMethod: req.method, resourcePath: deployedPath, methods: deployedVerbs });
  findings.push(route);
  const currentResource = (() => {
    const p = matchResourcePath(
      config.current.resources.map((r) => r.path),
      target.path,
    );
    return config.current.resources.find((r) => r.path === p);
  })();
  const currentMethod = currentResource?.resourceMethods?.[req.method] ?? currentResource?.resourceMethods?.ANY;
  const deployedMethod: DeployedMethod | undefined = deployedPath
    ? (config.deployed?.[deployedPath]?.[req.method] ?? config.deployed?.[deployedPath]?.ANY)
    : undefined;
  const currentAuthorizer = config.current.authorizers.find((a) => a.id === currentMethod?.authorizerId);
  findings.push(
    checkDeployed({
      stage: target.stage,
      verb: req.method,
      path: currentResource?.path ?? deployedPath ?? target.path,
      deployed: deployedMethod,
      current: currentMethod
        ? { authorizationType: currentMethod.authorizationType, scopes: currentMethod.authorizationScopes ?? [], providerARNs: currentAuthorizer?.providerARNs }
        : undefined,
      exportAvailable: config.exportAvailable,
      policyChanged: config.exportAvailable && canonicalJson(config.deployedPolicy) !== canonicalJson(config.api?.policy),
      gatewayResponsesChanged: changedGatewayResponses(config),
    }),
  );
  if (route.status === "fail" || !deployedMethod) {
    const sent = headerValue(headers, "authorization") !== undefined;
    if (sent) notes.push({ key: "doctor.request.sigv4-hint" });
    return { findings, notes, predicted: 403, predictedBody: sent ? SIGV4_BODY : MISSING_TOKEN_BODY };
  }

  const authType = checkAuthorizationType(deployedMethod.authorizationType as never);
  findings.push(authType);
  const isPreflight = req.method === "OPTIONS" && headers.origin !== undefined && headers["access-control-request-method"] !== undefined;
  findings.push(
    checkPreflightAuthorizer({ httpMethod: req.method, isPreflight, methodAuthorizationType: deployedMethod.authorizationType, methodHttpMethod: req.method }),
  );
  if (deployedMethod.authorizationType === "AWS_IAM") {
    const sent = headerValue(headers, "authorization") !== undefined;
    if (sent) notes.push({ key: "doctor.request.iam-with-jwt" });
    return { findings, notes, predicted: 403, predictedBody: sent ? SIGV4_BODY : MISSING_TOKEN_BODY };
  }

  if (deployedMethod.authorizationType === "NONE" && Object.values(headers).some((v) => /eyJ[\w-]+\.eyJ[\w-]+\./.test(v)))
    notes.push({ key: "doctor.request.none-with-jwt" });
  let predicted: number | undefined = 200;
  let predictedBody: string | undefined = "";
  let responseType: string | undefined;
  let authenticated = deployedMethod.authorizationType === "NONE";
  if (deployedMethod.authorizationType === "COGNITO_USER_POOLS") {
    const authorizer = deployedAuthorizer(deployedMethod, currentAuthorizer, config.stage?.variables ?? {});
    const scopes = deployedMethod.scopes ?? currentMethod?.authorizationScopes ?? [];
    const result = await evaluate(authorizer, scopes, headers, nowS, aws, o, io, services?.cognito);
    findings.push(...result.findings);
    // The gateway only minds a missing pool when the token comes from it; a stale ARN is still worth a word.
    if (result.missingPools.length > 0) notes.push({ key: "doctor.request.missing-pools", params: { pools: result.missingPools.join(", ") } });
    findings.push(
      services
        ? await testInvoke(services.apigw, target.restApiId, currentAuthorizer, headers, config.stage?.variables ?? {})
        : skip("authorizer.test-invoke", "offline"),
    );
    if (result.decision === "allow") authenticated = true;
    else {
      predicted = result.outcome?.status ?? 401;
      predictedBody = JSON.stringify({ message: result.outcome?.message ?? null });
      responseType = result.outcome?.responseType;
      const name = identityHeaderName(authorizer?.identitySource) ?? "authorization";
      const elsewhere = Object.entries(headers).find(([k, v]) => k !== name && /eyJ[\w-]+\.eyJ[\w-]+\./.test(v));
      if (headerValue(headers, name) === undefined && elsewhere)
        notes.push({ key: "doctor.request.token-in-other-header", params: { sent: elsewhere[0], header: name } });
    }
  } else if (deployedMethod.authorizationType === "CUSTOM") {
    predicted = undefined;
    predictedBody = undefined;
    // The function itself cannot be run from here, but whether API Gateway would call it is the same check.
    const a = currentAuthorizer;
    const early =
      a && (a.type === "TOKEN" || a.type === "REQUEST")
        ? checkIdentitySources(
            a.type,
            identityValues(identitySourcesOf(a.type, a.identitySource), {
              header: (name) => headerValue(headers, name),
              query: (name) => new URLSearchParams(target.query).get(name) ?? undefined,
              stageVariable: (name) => config.stage?.variables?.[name],
              context: () => undefined,
            }),
            resultTtlSeconds(a),
            a.identityValidationExpression,
          )
        : undefined;
    if (early) {
      findings.push(early.finding);
      predicted = early.outcome.status;
      predictedBody = JSON.stringify({ message: early.outcome.message });
      responseType = early.outcome.responseType;
    } else {
      const region = target.region ?? aws.region;
      const account = /^arn:aws[\w-]*:apigateway:[^:]+:lambda:path\/[^/]+\/functions\/arn:aws[\w-]*:lambda:[^:]+:(\d{12}):/.exec(a?.authorizerUri ?? "")?.[1];
      const arn = methodArn(region, account ?? "000000000000", target.restApiId, target.stage, req.method, target.path);
      const judged = services && a ? await testInvokeLambda(services.apigw, target.restApiId, a, headers, config.stage?.variables ?? {}, arn) : undefined;
      if (!judged) {
        findings.push(lambdaAuthorizerCheck.finding("skipped"));
        authenticated = true;
      } else {
        findings.push(judged.finding);
        if (judged.outcome.decision === "allow") {
          authenticated = true;
          predicted = 200;
          predictedBody = "";
        } else if (judged.finding.status === "warn") {
          authenticated = true;
        } else {
          predicted = judged.outcome.status;
          predictedBody = JSON.stringify(
            judged.outcome.responseType === "ACCESS_DENIED" ? { Message: judged.outcome.message } : { message: judged.outcome.message },
          );
          responseType = judged.outcome.responseType;
        }
      }
    }
  }

  const policy = config.deployedPolicy ?? config.api?.policy;
  // Against AWS, the caller's address is not known here; a policy that tests it needs --source-ip.
  const ipUnknown = policy?.includes("aws:SourceIp") === true && o.sourceIp === undefined && aws.endpointUrl === undefined;
  if (!ipUnknown) {
    const account = /arn:aws[\w-]*:execute-api:[a-z0-9-]+:(\d{12}):/.exec(policy ?? "")?.[1] ?? "000000000000";
    const region = target.region ?? aws.region;
    const p = checkResourcePolicy({
      policy,
      scope: { region, accountId: account, restApiId: target.restApiId },
      request: {
        resourceArn: methodArn(region, account, target.restApiId, target.stage, req.method, target.path),
        sourceIp: o.sourceIp ?? "127.0.0.1",
      },
      authenticated,
    });
    findings.push(p);
    if (p.status === "fail" && predicted === 200) {
      predicted = 403;
      predictedBody = '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: ..."}';
      responseType = "ACCESS_DENIED";
    }
  } else findings.push(finding("api.resource-policy", "skip", "needs-source-ip"));

  // The gateway asks for the API key after the authorizer and the resource policy (src/apigateway/invoke/pipeline.ts).
  const apiKey = await doctorApiKey(deployedMethod.apiKeyRequired === true, config.api?.apiKeySource, headers, target, aws, services?.apigw);
  findings.push(apiKey);
  if (apiKey.status === "fail" && predicted === 200) {
    predicted = 403;
    predictedBody = '{"message":"Forbidden"}';
    responseType = "INVALID_API_KEY";
  }

  const origin = headers.origin;
  if (responseType) {
    // What the stage serves: the deployed gateway responses when the export shows them, else the current ones.
    const served = config.deployedGatewayResponses ?? config.gatewayResponses;
    const custom =
      served.find((g) => g.responseType === responseType && !g.defaultResponse) ??
      served.find((g) => g.responseType === (predicted && predicted >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX") && !g.defaultResponse);
    const responseHeaders = Object.fromEntries(
      Object.entries(custom?.responseParameters ?? {})
        .filter(([k]) => k.startsWith("gatewayresponse.header."))
        .map(([k, v]) => [k.slice("gatewayresponse.header.".length), v]),
    );
    findings.push(checkGatewayResponseCors({ origin, responseType, responseHeaders }));
  } else findings.push(finding("cors.gateway-responses", "skip", origin ? "no-error" : "not-cross-origin"));
  return { findings, notes, predicted, predictedBody };
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

/** The method's authorizer as deployed (from the stage export) or, failing that, as currently configured. */
function deployedAuthorizer(m: DeployedMethod, current: Authorizer | undefined, vars: Record<string, string>): Authorizer | undefined {
  const base: Authorizer | undefined = m.authorizer
    ? {
        id: current?.id ?? m.authorizer.name,
        name: m.authorizer.name,
        type: "COGNITO_USER_POOLS",
        providerARNs: m.authorizer.providerARNs,
        identitySource: m.authorizer.headerName ? `method.request.header.${m.authorizer.headerName}` : current?.identitySource,
        identityValidationExpression: current?.identityValidationExpression,
      }
    : current;
  if (!base) return undefined;
  return { ...base, providerARNs: (base.providerARNs ?? []).map((a) => resolveStageVariables(a, vars)) };
}

async function evaluate(
  authorizer: Authorizer | undefined,
  scopes: string[],
  headers: Record<string, string>,
  nowS: number,
  aws: AwsTarget,
  o: RequestOptions,
  io: DoctorIo,
  cognito: ReturnType<typeof cognitoClient> | undefined,
): Promise<CognitoAuthorizerResult & { missingPools: string[] }> {
  const headerName = identityHeaderName(authorizer?.identitySource) ?? "authorization";
  const raw = headerValue(headers, headerName)
    ?.trim()
    .replace(/^bearer +/i, "");
  const jwt = raw ? decodeJwt(raw) : undefined;
  const iss = typeof jwt?.payload.iss === "string" ? jwt.payload.iss : undefined;
  const tokenPool = iss ? poolIdOfIssuer(iss, aws.endpointUrl) : undefined;
  let jwks: JwksResult | undefined;
  if (iss && tokenPool) jwks = await fetchJwks(o.jwksUrl ?? jwksUrlOf(iss, tokenPool, aws.endpointUrl), io.http);
  const keys = (pool: string, kid: string): KeyObject | undefined => (jwks && "keys" in jwks && pool === tokenPool ? jwks.keys.get(kid) : undefined);

  // Which of the authorizer's pools exist, asked of Cognito; a pool it cannot see (another account) counts as there.
  const known = new Map<string, boolean>();
  for (const arn of cognito ? (authorizer?.providerARNs ?? []) : []) {
    const p = parseUserPoolArn(arn);
    if (!p || !cognito) continue;
    const exists = await cognito.send(new DescribeUserPoolCommand({ UserPoolId: p.poolId })).then(
      () => true,
      (e) => awsErrorName(e) !== "ResourceNotFoundException",
    );
    known.set(p.poolId, exists);
  }
  const result = evaluateCognitoAuthorizer({
    headers,
    method: { authorizationScopes: scopes },
    authorizer,
    now: nowS,
    keys,
    issuerPool: (i) => poolIdOfIssuer(i, aws.endpointUrl),
    poolKnown: (p) => known.get(p) ?? true,
  });
  const findings = result.findings.map((f) =>
    f.id === "token.signature" && f.status !== "pass" && jwks && "error" in jwks
      ? finding("token.signature", "skip", "jwks-unreachable", { params: { url: jwks.url, error: jwks.error } })
      : f,
  );
  const missingPools = [...known].filter(([, exists]) => !exists).map(([pool]) => pool);
  return { ...result, findings, missingPools };
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
function configFromFile(path: string, target: InvokeTarget): ApiConfig {
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
  const config = apiConfigFromExport(doc, target.restApiId, target.stage);
  if (!config) throw new UsageError("doctor.usage.not-an-export", { file: path });
  return config;
}

/**
 * A Lambda authorizer cannot run here, but TestInvokeAuthorizer runs it where it lives (AWS or poolgate) and returns
 * its policy, which the same `authorizer.lambda` check then judges against this request's method ARN. Undefined when
 * the call is not possible (offline, no permission): the check is then reported as skipped.
 */
async function testInvokeLambda(
  apigw: ReturnType<typeof apiGatewayClient>,
  restApiId: string,
  authorizer: Authorizer,
  headers: Record<string, string>,
  stageVariables: Record<string, string>,
  methodArn: string,
): Promise<ReturnType<typeof judgeAuthorizerAnswer> | undefined> {
  try {
    const r = await apigw.send(new TestInvokeAuthorizerCommand({ restApiId, authorizerId: authorizer.id, headers, stageVariables }));
    const fn = authorizer.authorizerUri ?? authorizer.name;
    const scope = { region: methodArn.split(":")[3] ?? "", accountId: methodArn.split(":")[4] ?? "", restApiId };
    if (r.clientStatus === 401) return judgeAuthorizerAnswer(fn, { ok: false, reason: "threw", message: "Unauthorized" }, methodArn, scope);
    if (r.clientStatus !== 200 && r.clientStatus !== 0)
      return judgeAuthorizerAnswer(fn, { ok: false, reason: "threw", message: `TestInvokeAuthorizer answered ${r.clientStatus}` }, methodArn, scope);
    const policy = r.policy ? (JSON.parse(r.policy) as unknown) : undefined;
    const judged = judgeAuthorizerAnswer(fn, { ok: true, result: { principalId: r.principalId, policyDocument: policy } }, methodArn, scope);
    if (judged.finding.messageKey !== "no-allow") return judged;
    return {
      finding: lambdaAuthorizerCheck.finding("test-policy-no-allow", {
        params: judged.finding.params,
        actual: judged.finding.actual,
        expected: judged.finding.expected,
      }),
      outcome: judged.outcome,
    };
  } catch {
    return undefined;
  }
}

/**
 * The API key step as the gateway takes it, with the key looked up through the API Gateway API (GetApiKeys with
 * includeValues, then GetUsagePlans with keyId) when the account can be read; offline the key is reported
 * unchecked. A key from a Lambda authorizer (apiKeySource AUTHORIZER) cannot be known without running the function.
 */
async function doctorApiKey(
  required: boolean,
  source: string | undefined,
  headers: Record<string, string>,
  target: InvokeTarget,
  aws: AwsTarget,
  apigw: ReturnType<typeof apiGatewayClient> | undefined,
): Promise<Finding> {
  if (required && source === "AUTHORIZER") return apiKeyCheck.finding("skipped");
  const value = required ? presentedApiKey(source, headers, undefined) : undefined;
  const where = { apiKeyRequired: required, source, value, apiId: target.restApiId, stage: target.stage };
  if (value === undefined || !apigw) return checkApiKey(where);
  let found: { id?: string; enabled?: boolean } | undefined;
  let position: string | undefined;
  do {
    const page = await awsCall(aws, "GetApiKeys", () => apigw.send(new GetApiKeysCommand({ includeValues: true, limit: 500, position })));
    found = page.items?.find((k) => k.value === value);
    position = page.position;
  } while (!found && position);
  if (!found?.id) return checkApiKey({ ...where, key: null });
  const keyId = found.id;
  const plans = await awsCall(aws, "GetUsagePlans", () => apigw.send(new GetUsagePlansCommand({ keyId, limit: 500 })));
  const inPlan = (plans.items ?? []).some((p) => (p.apiStages ?? []).some((st) => st.apiId === target.restApiId && st.stage === target.stage));
  return checkApiKey({ ...where, key: { id: keyId, enabled: found.enabled === true, inUsagePlanOfStage: inPlan } });
}
