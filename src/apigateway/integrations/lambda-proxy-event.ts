import type { IntegrationRequest, LambdaAuthorizerContext } from "./types.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** `09/Apr/2015:12:34:56 +0000`, the requestContext.requestTime format. */
export function clfTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

const orNull = <T extends object>(o: T): T | null => (Object.keys(o).length ? o : null);

/**
 * The API Gateway REST (payload v1.0) Lambda proxy event (AWS docs "Set up Lambda proxy integrations", input
 * format). For Cognito methods `requestContext.authorizer.claims` holds every claim as a string in AWS's formats.
 */
export function lambdaProxyEvent(r: IntegrationRequest): Record<string, unknown> {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(r.headers)) {
    if (v === undefined) continue;
    const values = Array.isArray(v) ? v : [v];
    headers[k] = values[values.length - 1];
    multiValueHeaders[k] = values;
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [k, v] of r.query) {
    query[k] = v;
    multiQuery[k] = [...(multiQuery[k] ?? []), v];
  }
  const decodedPath = (() => {
    try {
      return decodeURI(r.path);
    } catch {
      return r.path;
    }
  })();
  return {
    resource: r.resource.path,
    path: decodedPath,
    httpMethod: r.httpMethod,
    headers: orNull(headers),
    multiValueHeaders: orNull(multiValueHeaders),
    queryStringParameters: orNull(query),
    multiValueQueryStringParameters: orNull(multiQuery),
    pathParameters: orNull({ ...r.pathParams }),
    // Copies: the handler may change its event, and path parameters and stage variables are shared between requests.
    stageVariables: orNull({ ...r.stageVariables }),
    requestContext: {
      resourceId: r.resource.id,
      resourcePath: r.resource.path,
      httpMethod: r.httpMethod,
      extendedRequestId: r.requestId,
      requestTime: clfTime(r.requestTimeMs),
      path: `/${r.stage}${decodedPath}`,
      accountId: r.accountId,
      protocol: "HTTP/1.1",
      stage: r.stage,
      domainPrefix: r.domainName.split(".")[0],
      requestTimeEpoch: r.requestTimeMs,
      requestId: r.requestId,
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        sourceIp: r.sourceIp,
        principalOrgId: null,
        accessKey: null,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent: headers["user-agent"] ?? null,
        user: null,
      },
      domainName: r.domainName,
      apiId: r.apiId,
      authorizer: r.lambdaAuthorizer ? lambdaAuthorizerFields(r.lambdaAuthorizer) : { claims: r.claims ?? null, scopes: null },
    },
    body: r.body.length ? r.body.toString("utf8") : null,
    isBase64Encoded: false,
  };
}

/**
 * A Lambda authorizer's principalId and context keys, side by side in requestContext.authorizer. The REST proxy
 * event carries context values as strings (AWS docs' output example already writes them so) [inferred].
 */
export function lambdaAuthorizerFields(a: LambdaAuthorizerContext): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(a.context)) out[k] = String(v);
  out.principalId = a.principalId;
  out.integrationLatency = 0;
  return out;
}
