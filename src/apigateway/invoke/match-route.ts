import { checkPreflightAuthorizer } from "../../checks/cors/preflight-authorizer.js";
import { headerValue } from "../../checks/request/auth-header.js";
import { checkRoute } from "../../checks/request/route.js";
import { routeRequest } from "./route.js";
import { isSigV4, sigv4ParseError } from "./sigv4-messages.js";
import type { Refusal, Step } from "./state.js";

/**
 * Finds the deployed method. A miss is 403 MISSING_AUTHENTICATION_TOKEN (AWS-recorded for unknown paths and
 * wrong methods); with an Authorization header, AWS instead reports why the header is not SigV4.
 */
export const matchRoute: Step = (st) => {
  const snapshot = st.snapshot!;
  const result = routeRequest(snapshot, st.target.path, st.httpMethod);
  const finding = checkRoute({
    path: st.target.path,
    httpMethod: st.httpMethod,
    resourcePath: result.match?.resource.path ?? result.resourcePath,
    methods: result.match ? Object.keys(result.match.resource.resourceMethods ?? {}) : result.methods,
  });
  if (!result.match) {
    const failing = finding.status === "fail" ? finding : { ...finding, status: "fail" as const, messageKey: "no-method" };
    st.findings.push(failing);
    return missingAuthenticationToken(headerValue(st.req.headers, "authorization"), failing);
  }
  st.findings.push(finding);
  st.route = result.match;
  const h = st.req.headers;
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
