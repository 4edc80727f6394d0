import type { RequestInfo } from "../../http/exchange.js";
import type { Integration } from "../../shapes/apigateway.js";
import type { IntegrationRequest } from "../integrations/types.js";
import type { InvokeEnv, InvokeState } from "./state.js";

/** The caller's address as API Gateway reports it: IPv4 callers on a dual-stack socket without the ::ffff: prefix. */
export const callerIp = (info: RequestInfo): string => (info.sourceIp.startsWith("::ffff:") ? info.sourceIp.slice(7) : info.sourceIp);

/** The method request as integrations (and REQUEST authorizers) see it, once the route is known. */
export function integrationRequestOf(
  st: InvokeState,
  env: InvokeEnv,
  integration: Integration,
  body: Buffer,
  authorizer: Pick<IntegrationRequest, "claims" | "lambdaAuthorizer"> = {},
): IntegrationRequest {
  const route = st.route!;
  return {
    integration,
    method: route.method,
    resource: route.resource,
    httpMethod: st.httpMethod,
    path: st.target.path,
    pathParams: route.pathParams,
    query: st.request.query,
    headers: st.request.headers as IntegrationRequest["headers"],
    body,
    apiId: st.target.apiId,
    stage: st.target.stageName,
    stageVariables: st.stage?.variables ?? {},
    requestId: st.request.requestId,
    sourceIp: st.request.sourceIp ?? "",
    domainName: hostOf(st.request.headers.host) ?? `${st.target.apiId}.execute-api.localhost`,
    requestTimeMs: st.requestTimeMs,
    claims: authorizer.claims,
    lambdaAuthorizer: authorizer.lambdaAuthorizer,
    region: env.region,
    accountId: env.accountId,
  };
}

const hostOf = (host: string | string[] | undefined) => (typeof host === "string" ? host.split(":")[0] : undefined);
