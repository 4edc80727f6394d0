import {
  checkIdentitySources,
  type FunctionRun,
  identitySourcesOf,
  identityValues,
  judgeAuthorizerAnswer,
  type RefusedOutcome,
  resultTtlSeconds,
} from "../../checks/authorizer/lambda.js";
import { headerValue } from "../../checks/request/auth-header.js";
import { methodArn } from "../../checks/request/iam-policy.js";
import { functionArnOfUri } from "../../lambda/lambda-functions.js";
import type { Authorizer } from "../../shapes/apigateway.js";
import { lambdaProxyEvent } from "../integrations/lambda-proxy-event.js";
import { integrationRequestOf } from "./integration-request.js";
import type { InvokeEnv, InvokeState, Refusal } from "./state.js";

/** API Gateway's integration limit, the timeout of the MOCK stand-in used to build a REQUEST event. */
const TIMEOUT_MS = 29_000;
const EMPTY = Buffer.alloc(0);

/** $context variables a REQUEST authorizer may name as identity sources. */
function contextValue(name: string, st: InvokeState): string | undefined {
  switch (name) {
    case "identity.sourceIp":
      return st.request.sourceIp;
    case "httpMethod":
      return st.httpMethod;
    case "stage":
      return st.target.stageName;
    case "resourcePath":
      return st.route?.resource.path;
    case "requestId":
      return st.request.requestId;
    default:
      return undefined;
  }
}

/**
 * A TOKEN or REQUEST authorizer, its function run from a local handler file (--lambda). The decision is the
 * `authorizer.lambda` check's; this step only gathers the identity sources, calls the function or the cache, and
 * turns the outcome into a refusal or the authorizer context integrations see.
 */
export function authorizeLambda(st: InvokeState, env: InvokeEnv, authorizer: Authorizer): Refusal | undefined | Promise<Refusal | undefined> {
  const type = authorizer.type === "REQUEST" ? "REQUEST" : "TOKEN";
  const ttl = resultTtlSeconds(authorizer);
  const values = identityValues(identitySourcesOf(type, authorizer.identitySource), {
    header: (name) => headerValue(st.request.headers, name),
    query: (name) => st.request.query.get(name) ?? undefined,
    stageVariable: (name) => st.stage?.variables?.[name],
    context: (name) => contextValue(name, st),
  });
  const early = checkIdentitySources(type, values, ttl, authorizer.identityValidationExpression);
  if (early) return refusal(st, early.finding, early.outcome);

  const { region, accountId } = env;
  const arn = methodArn(region, accountId, st.target.apiId, st.target.stageName, st.httpMethod, st.target.path);
  const fnArn = functionArnOfUri(authorizer.authorizerUri ?? "") ?? authorizer.authorizerUri ?? "";
  const judge = (run: FunctionRun) => {
    const judged = judgeAuthorizerAnswer(fnArn, run, arn, { region, accountId, restApiId: st.target.apiId });
    if (judged.outcome.decision !== "allow") return refusal(st, judged.finding, judged.outcome);
    st.findings.push(judged.finding);
    st.lambdaAuthorizer = { principalId: judged.outcome.principalId, context: judged.outcome.context };
    st.usageIdentifierKey = judged.outcome.usageIdentifierKey;
    return undefined;
  };

  const cacheKey = ttl > 0 ? [st.target.apiId, st.target.stageName, authorizer.id, ...values.map((v) => v.value ?? "")].join("\n") : undefined;
  const nowMs = env.nowMs();
  const cache = env.memo?.lambdaAuthorizers;
  const cached = cacheKey === undefined ? undefined : cache?.get(cacheKey, nowMs);
  if (cached !== undefined) return judge({ ok: true, result: cached });

  const event = type === "TOKEN" ? { type: "TOKEN", authorizationToken: values[0]?.value ?? "", methodArn: arn } : requestEvent(st, env, arn);
  return env.runAuthorizer(authorizer, fnArn, event).then((run) => {
    if (run.ok && cacheKey !== undefined) cache?.set(cacheKey, run.result, nowMs + ttl * 1000);
    return judge(run);
  });
}

/** The REQUEST authorizer event: the proxy event's request fields with the method ARN (AWS docs, REQUEST input format). */
function requestEvent(st: InvokeState, env: InvokeEnv, arn: string): Record<string, unknown> {
  const proxy = lambdaProxyEvent(integrationRequestOf(st, env, st.route!.method.methodIntegration ?? { type: "MOCK", timeoutInMillis: TIMEOUT_MS }, EMPTY));
  const { body: _body, isBase64Encoded: _b64, requestContext, ...rest } = proxy;
  const { authorizer: _authorizer, ...context } = requestContext as Record<string, unknown>;
  return { type: "REQUEST", methodArn: arn, ...rest, requestContext: context };
}

function refusal(st: InvokeState, finding: Refusal["cause"], outcome: RefusedOutcome): Refusal {
  st.findings.push(finding);
  return {
    decision: outcome.decision,
    cause: finding,
    error: { type: outcome.responseType, message: outcome.message, capitalMessage: outcome.responseType === "ACCESS_DENIED" ? true : undefined },
  };
}
