import type { RequestInfo } from "../../server/http.js";
import { ACCOUNT_ID } from "../../store/cognito/records.js";
import type { IntegrationRequest } from "../integrations/types.js";
import type { Integration } from "../model.js";
import type { InvokeDeps, InvokeState } from "./state.js";

/** The caller's address as API Gateway reports it: IPv4 callers on a dual-stack socket without the ::ffff: prefix. */
export const callerIp = (info: RequestInfo): string => (info.sourceIp.startsWith("::ffff:") ? info.sourceIp.slice(7) : info.sourceIp);

/** The method request as integrations (and REQUEST authorizers) see it, once the route is known. */
export function integrationRequestOf(
  st: InvokeState,
  deps: InvokeDeps,
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
    query: st.info.url.searchParams,
    headers: st.req.headers,
    body,
    apiId: st.target.apiId,
    stage: st.target.stageName,
    stageVariables: st.stage?.variables ?? {},
    requestId: st.info.requestId,
    sourceIp: callerIp(st.info),
    domainName: st.req.headers.host?.split(":")[0] ?? `${st.target.apiId}.execute-api.localhost`,
    requestTimeMs: st.requestTimeMs,
    claims: authorizer.claims,
    lambdaAuthorizer: authorizer.lambdaAuthorizer,
    region: deps.s.config.region,
    accountId: ACCOUNT_ID,
  };
}
