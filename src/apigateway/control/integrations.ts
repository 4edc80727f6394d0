import type { Integration, IntegrationType } from "../../shapes/apigateway.js";
import { badRequest } from "./errors.js";
import { compact } from "./methods.js";

/**
 * PutIntegration's read-back, as recorded from AWS: timeoutInMillis 29000, cacheNamespace = the resource id,
 * cacheKeyParameters [], connectionType INTERNET and passthroughBehavior WHEN_NO_MATCH unless given.
 * Note the wire name `httpMethod` is the integration's method (the SDK calls it integrationHttpMethod).
 */
export function buildIntegration(resourceId: string, input: Record<string, any>, previous?: Integration): Integration {
  const type = input.type as IntegrationType;
  const needsBackend = type !== "MOCK";
  if (needsBackend && !input.httpMethod) throw badRequest("Enumeration value for HttpMethod must be non-empty");
  if (type === "HTTP" || type === "HTTP_PROXY") {
    if (!isHttpUrl(input.uri)) throw badRequest("Invalid HTTP endpoint specified for URI");
  }
  if ((type === "AWS" || type === "AWS_PROXY") && !(typeof input.uri === "string" && input.uri.startsWith("arn:")))
    throw badRequest("Invalid ARN specified in the request");
  return compact({
    type,
    httpMethod: needsBackend ? String(input.httpMethod).toUpperCase() : undefined,
    uri: input.uri,
    connectionType: needsBackend ? (input.connectionType ?? "INTERNET") : input.connectionType,
    credentials: input.credentials,
    requestParameters: input.requestParameters,
    requestTemplates: input.requestTemplates,
    passthroughBehavior: input.passthroughBehavior ?? "WHEN_NO_MATCH",
    contentHandling: input.contentHandling,
    timeoutInMillis: input.timeoutInMillis ?? 29000,
    cacheNamespace: input.cacheNamespace ?? resourceId,
    cacheKeyParameters: input.cacheKeyParameters ?? [],
    integrationResponses: previous?.integrationResponses,
  });
}

function isHttpUrl(uri: unknown): boolean {
  if (typeof uri !== "string") return false;
  try {
    const u = new URL(uri.replace(/\{[^}]+\}/g, "x"));
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
