import type { TemplateInput } from "./mapping-template.js";
import type { IntegrationRequest } from "./types.js";

const firstValues = (headers: IntegrationRequest["headers"]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(",") : v;
  return out;
};

/** $context as mapping templates see it (AWS docs "$context variables for data models, authorizers, mapping templates"). */
export function templateContext(r: IntegrationRequest): Record<string, unknown> {
  return {
    requestId: r.requestId,
    extendedRequestId: r.requestId,
    apiId: r.apiId,
    stage: r.stage,
    httpMethod: r.httpMethod,
    resourcePath: r.resource.path,
    resourceId: r.resource.id,
    path: `/${r.stage}${r.path}`,
    domainName: r.domainName,
    accountId: r.accountId,
    protocol: "HTTP/1.1",
    requestTimeEpoch: r.requestTimeMs,
    identity: { sourceIp: r.sourceIp, userAgent: firstValues(r.headers)["user-agent"] ?? "" },
    authorizer: r.lambdaAuthorizer ? { principalId: r.lambdaAuthorizer.principalId, ...r.lambdaAuthorizer.context } : { claims: r.claims ?? {} },
  };
}

/** The template input of a method request (request templates) or, with `body`, of an integration response. */
export function templateInput(r: IntegrationRequest, body = r.body.toString("utf8")): TemplateInput {
  return {
    body,
    params: { path: r.pathParams, querystring: Object.fromEntries(r.query), header: firstValues(r.headers) },
    context: templateContext(r),
    stageVariables: r.stageVariables,
  };
}
