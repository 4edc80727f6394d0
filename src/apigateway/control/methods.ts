import type { Services } from "../../services.js";
import type { Method, Resource } from "../../shapes/apigateway.js";
import { badRequest } from "./errors.js";
import { apigw } from "./lookup.js";

export const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD", "ANY"] as const;
export const AUTHORIZATION_TYPES = ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"] as const;

/** [recorded] the verb in the path must be one of AWS's; AWS upper-cases what it keeps. */
export function checkHttpMethod(verb: string): string {
  const upper = verb.toUpperCase();
  if (!(HTTP_METHODS as readonly string[]).includes(upper))
    throw badRequest("Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
  return upper;
}

/**
 * [recorded] CUSTOM and COGNITO_USER_POOLS need an authorizer that exists (and, for Cognito, is a Cognito
 * authorizer); for the other types an authorizerId is accepted and dropped, and so are scopes, which only
 * a Cognito authorizer reads.
 */
export function settleAuthorization(s: Pick<Services, "db">, restApiId: string, m: Method): Method {
  const out = { ...m };
  if (out.authorizationType === "CUSTOM" || out.authorizationType === "COGNITO_USER_POOLS") {
    const a = out.authorizerId ? apigw(s).authorizers.get(restApiId, out.authorizerId) : undefined;
    const typeFits = a && (out.authorizationType === "COGNITO_USER_POOLS" ? a.type === "COGNITO_USER_POOLS" : a.type !== "COGNITO_USER_POOLS");
    if (!typeFits)
      throw badRequest("Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.");
  } else {
    delete out.authorizerId;
  }
  if (out.authorizationType !== "COGNITO_USER_POOLS" || (out.authorizationScopes && out.authorizationScopes.length === 0)) delete out.authorizationScopes;
  return out;
}

export function withMethod(r: Resource, verb: string, m: Method | undefined): Resource {
  const methods = { ...(r.resourceMethods ?? {}) };
  if (m) methods[verb] = m;
  else delete methods[verb];
  const out: Resource = { ...r, resourceMethods: methods };
  if (Object.keys(methods).length === 0) delete out.resourceMethods;
  return out;
}

/** Drops undefined members so the wire shape has only what is set. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o)) if ((o as Record<string, unknown>)[k] === undefined) delete (o as Record<string, unknown>)[k];
  return o;
}

export function checkAuthorizationType(t: unknown): Method["authorizationType"] {
  if (typeof t !== "string" || !(AUTHORIZATION_TYPES as readonly string[]).includes(t))
    throw badRequest(`Invalid authorization type specified. Valid options are ${AUTHORIZATION_TYPES.join(",")}`);
  return t as Method["authorizationType"];
}

/** Method and integration response keys are HTTP status codes, [1-5]\d\d in the AWS model. */
export function checkStatusCode(code: string): string {
  if (!/^[1-5]\d\d$/.test(code)) throw badRequest("Invalid status code specified. Status codes must be between 100 and 599");
  return code;
}
