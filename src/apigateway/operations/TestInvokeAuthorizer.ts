import { evaluateCognitoAuthorizer } from "../../checks/evaluate-cognito-authorizer.js";
import { message } from "../../checks/messages/catalogue.js";
import { headerValue, identityHeaderName } from "../../checks/request/auth-header.js";
import { claimsAsStrings } from "../../checks/token/claims-as-strings.js";
import { parseUserPoolArn } from "../../grammar/provider-arn.js";
import { substituteStageVariables } from "../../grammar/stage-variables.js";
import { epochSeconds } from "../../platform/clock.js";
import type { Services } from "../../services.js";
import type { Authorizer } from "../../shapes/apigateway.js";
import { any, map, str } from "../../wire/validation.js";
import { requireAuthorizer } from "../control/lookup.js";
import { testInvokeLambdaAuthorizer } from "../control/test-invoke-lambda.js";
import { RemoteJwks, remoteJwksUrl } from "../invoke/remote-jwks.js";
import { defineRestOperation } from "../operation.js";

const remoteByServices = new WeakMap<object, RemoteJwks>();
const remoteJwksFor = (s: Services) => {
  let r = remoteByServices.get(s);
  if (!r) {
    r = new RemoteJwks(remoteJwksUrl(s.config), () => s.clock.now());
    remoteByServices.set(s, r);
  }
  return r;
};

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Thu Mar 07 16:09:34 UTC 2018", the timestamp format of API Gateway execution logs. */
function logTime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, "0")} ${d.toISOString().slice(11, 19)} UTC ${d.getUTCFullYear()}`;
}

/**
 * POST /restapis/{id}/authorizers/{aid}: runs the authorizer as it is configured now (not as deployed) on the
 * given headers, without a method, so no scopes apply: as on the console, ID tokens pass and access tokens
 * fail. The decision comes from evaluateCognitoAuthorizer, the same function the invoke path runs.
 * clientStatus is 200 when allowed (the AWS model says 0; the console shows 200) and the status a caller
 * would get otherwise (401, or 500 for a configuration error). The log masks the token as AWS does.
 */
export const TestInvokeAuthorizer = defineRestOperation({
  name: "TestInvokeAuthorizer",
  method: "POST",
  path: "/restapis/{restApiId}/authorizers/{authorizerId}",
  status: 200,
  input: {
    headers: map(),
    multiValueHeaders: any(),
    pathWithQueryString: str(),
    body: str(),
    stageVariables: map(),
    additionalContext: map(),
  },
  async run(s, req) {
    const started = s.clock.now();
    const live = requireAuthorizer(s, req.path.restApiId as string, req.path.authorizerId as string);
    const stageVariables = (req.body.stageVariables ?? {}) as Record<string, string>;
    // Provider ARNs may name the pool through a stage variable; the test request supplies the values.
    const authorizer: Authorizer = {
      ...live,
      providerARNs: live.providerARNs?.map((arn) => substituteStageVariables(arn, stageVariables)),
    };
    const headers: Record<string, string | string[]> = { ...(req.body.headers ?? {}) };
    for (const [k, v] of Object.entries((req.body.multiValueHeaders ?? {}) as Record<string, unknown>))
      if (headers[k] === undefined && Array.isArray(v)) headers[k] = v.map(String);
    const lines = [`Execution log for request test-request`, `${logTime(started)} : Starting authorizer: ${live.id} for request: test-request`];
    const token = headerValue(headers, identityHeaderName(authorizer.identitySource) ?? "authorization");
    lines.push(`${logTime(started)} : Incoming identity: ${token ? `****${token.slice(-6)}` : "null"}`);

    if (authorizer.type !== "COGNITO_USER_POOLS") {
      const query = new URLSearchParams((req.body.pathWithQueryString as string | undefined)?.split("?")[1] ?? "");
      const result = await testInvokeLambdaAuthorizer(s, authorizer, { restApiId: req.path.restApiId as string, headers, query, stageVariables }, (line) =>
        lines.push(`${logTime(s.clock.now())} : ${line}`),
      );
      return { ...result, log: `${lines.join("\n")}\n`, latency: Math.max(0, s.clock.now() - started) };
    }

    const held = (poolId: string) => s.cognito.pools.get(poolId) !== undefined;
    const remote = remoteJwksFor(s);
    for (const arn of authorizer.providerARNs ?? []) {
      const poolId = parseUserPoolArn(arn)?.poolId;
      if (poolId && !held(poolId)) await remote.ensure(poolId);
    }
    const result = evaluateCognitoAuthorizer({
      headers,
      authorizer,
      now: epochSeconds(s.clock),
      keys: (poolId, kid) => (held(poolId) ? s.keys.publicKey(poolId, kid) : remote.key(poolId, kid)),
      issuerPool: (iss) => s.urls.poolIdFromIssuer(iss),
      poolKnown: (poolId) => held(poolId) || remote.has(poolId),
    });
    const latency = Math.max(0, s.clock.now() - started);
    const at = logTime(started + latency);
    if (result.decision === "allow") {
      lines.push(`${at} : Authorizer result: Allowed`);
      return { clientStatus: 200, log: `${lines.join("\n")}\n`, latency, claims: claimsAsStrings(result.claims ?? {}) };
    }
    const cause = result.cause;
    if (cause) lines.push(`${at} : poolgate check ${cause.id}: ${message("en", `${cause.id}.${cause.messageKey}`, cause.params ?? {})}`);
    const outcome = result.outcome;
    if (outcome?.status === 500) lines.push(`${at} : Execution failed due to configuration error: Authorizer error`);
    else lines.push(`${at} : Unauthorized request: test-request`);
    return { clientStatus: outcome?.status ?? 401, log: `${lines.join("\n")}\n`, latency };
  },
});
