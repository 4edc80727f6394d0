import { checkPreflightAuthorizer } from "../../checks/cors/preflight-authorizer.js";
import { headerValue } from "../../checks/request/auth-header.js";
import { checkRoute } from "../../checks/request/route.js";
import type { Finding } from "../../checks/types.js";
import { type RouteResult, routeRequest } from "../../grammar/resource-path.js";
import type { DeploymentSnapshot } from "../../shapes/apigateway.js";
import { BoundedCache } from "./bounded-cache.js";
import { isSigV4, sigv4ParseError } from "./sigv4-messages.js";
import type { Refusal, Step } from "./state.js";

/**
 * Finds the deployed method. A miss is 403 MISSING_AUTHENTICATION_TOKEN (AWS-recorded for unknown paths and
 * wrong methods); with an Authorization header, AWS instead reports why the header is not SigV4.
 */
export const matchRoute: Step = (st) => {
  const { result, finding } = routed(st.snapshot!, st.target.path, st.httpMethod);
  if (!result.match) {
    const failing = finding.status === "fail" ? finding : { ...finding, status: "fail" as const, messageKey: "no-method" };
    st.findings.push(failing);
    return missingAuthenticationToken(headerValue(st.request.headers, "authorization"), failing);
  }
  st.findings.push(finding);
  st.route = result.match;
  const h = st.request.headers;
  st.findings.push(
    checkPreflightAuthorizer({
      httpMethod: st.httpMethod,
      isPreflight: h.origin !== undefined && h["access-control-request-method"] !== undefined,
      methodAuthorizationType: result.match.method.authorizationType,
      methodHttpMethod: result.match.method.httpMethod,
    }),
  );
  return undefined;
};

interface Routed {
  result: RouteResult;
  finding: Finding;
}

/**
 * Routing and its finding depend only on the snapshot (immutable), the raw path and the method, and are asked on
 * every request, so they are kept per snapshot. The kept objects are shared between requests, so the path
 * parameters are frozen (integrations that hand them to user code copy them). Bounded per snapshot by count and
 * by key characters; a path over 2 KB is routed afresh each time (an entry holds its path about three times).
 */
const routes = new WeakMap<DeploymentSnapshot, BoundedCache<Routed>>();
const ROUTE_LIMITS = { entries: 1000, chars: 128 * 1024, entryChars: 2048 };

function routed(snapshot: DeploymentSnapshot, path: string, httpMethod: string): Routed {
  let bySnapshot = routes.get(snapshot);
  if (!bySnapshot) {
    bySnapshot = new BoundedCache(ROUTE_LIMITS);
    routes.set(snapshot, bySnapshot);
  }
  const key = `${httpMethod} ${path}`;
  let r = bySnapshot.get(key);
  if (!r) {
    const result = routeRequest(snapshot, path, httpMethod);
    if (result.match) Object.freeze(result.match.pathParams);
    const finding = checkRoute({
      path,
      httpMethod,
      resourcePath: result.match?.resource.path ?? result.resourcePath,
      methods: result.match ? Object.keys(result.match.resource.resourceMethods ?? {}) : result.methods,
    });
    r = { result, finding };
    bySnapshot.set(key, r);
  }
  return r;
}

/** The MISSING_AUTHENTICATION_TOKEN answer, shaped by whatever Authorization header was sent. */
export function missingAuthenticationToken(authorization: string | undefined, cause: Refusal["cause"]): Refusal {
  if (authorization === undefined || authorization.trim() === "" || isSigV4(authorization))
    return { decision: "deny", cause, error: { type: "MISSING_AUTHENTICATION_TOKEN", message: "Missing Authentication Token" } };
  return {
    decision: "deny",
    cause,
    error: { type: "MISSING_AUTHENTICATION_TOKEN", message: sigv4ParseError(authorization), errorType: "IncompleteSignatureException" },
  };
}
