/**
 * The 21 gateway response types with their default status and x-amzn-ErrorType (AWS docs "Gateway response
 * types"; error types as observed in captures, LocalStack's AWS-validated snapshots, or inferred where noted in
 * docs/gateway.md). Every default renders the same template with a lower-case "message".
 */
export type GatewayResponseType =
  | "ACCESS_DENIED"
  | "API_CONFIGURATION_ERROR"
  | "AUTHORIZER_CONFIGURATION_ERROR"
  | "AUTHORIZER_FAILURE"
  | "BAD_REQUEST_PARAMETERS"
  | "BAD_REQUEST_BODY"
  | "DEFAULT_4XX"
  | "DEFAULT_5XX"
  | "EXPIRED_TOKEN"
  | "INTEGRATION_FAILURE"
  | "INTEGRATION_TIMEOUT"
  | "INVALID_API_KEY"
  | "INVALID_SIGNATURE"
  | "MISSING_AUTHENTICATION_TOKEN"
  | "QUOTA_EXCEEDED"
  | "REQUEST_TOO_LARGE"
  | "RESOURCE_NOT_FOUND"
  | "THROTTLED"
  | "UNAUTHORIZED"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "WAF_FILTERED";

export interface GatewayResponseDefault {
  /** undefined for DEFAULT_4XX / DEFAULT_5XX, which only apply their status when customised. */
  status?: number;
  errorType: string;
}

/** `{"message":$context.error.messageString}`: the template of every default response (old GetGatewayResponses example). */
export const DEFAULT_TEMPLATE = '{"message":$context.error.messageString}';

export const GATEWAY_RESPONSE_DEFAULTS: Record<GatewayResponseType, GatewayResponseDefault> = {
  ACCESS_DENIED: { status: 403, errorType: "AccessDeniedException" },
  API_CONFIGURATION_ERROR: { status: 500, errorType: "InternalServerErrorException" },
  AUTHORIZER_CONFIGURATION_ERROR: { status: 500, errorType: "AuthorizerConfigurationException" },
  AUTHORIZER_FAILURE: { status: 500, errorType: "AuthorizerFailureException" },
  BAD_REQUEST_PARAMETERS: { status: 400, errorType: "BadRequestException" },
  BAD_REQUEST_BODY: { status: 400, errorType: "BadRequestException" },
  DEFAULT_4XX: { errorType: "" },
  DEFAULT_5XX: { errorType: "" },
  EXPIRED_TOKEN: { status: 403, errorType: "ExpiredTokenException" },
  INTEGRATION_FAILURE: { status: 504, errorType: "InternalServerErrorException" },
  INTEGRATION_TIMEOUT: { status: 504, errorType: "InternalServerErrorException" },
  INVALID_API_KEY: { status: 403, errorType: "ForbiddenException" },
  INVALID_SIGNATURE: { status: 403, errorType: "InvalidSignatureException" },
  MISSING_AUTHENTICATION_TOKEN: { status: 403, errorType: "MissingAuthenticationTokenException" },
  QUOTA_EXCEEDED: { status: 429, errorType: "LimitExceededException" },
  REQUEST_TOO_LARGE: { status: 413, errorType: "RequestTooLargeException" },
  RESOURCE_NOT_FOUND: { status: 404, errorType: "ResourceNotFoundException" },
  THROTTLED: { status: 429, errorType: "TooManyRequestsException" },
  UNAUTHORIZED: { status: 401, errorType: "UnauthorizedException" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, errorType: "UnsupportedMediaTypeException" },
  WAF_FILTERED: { status: 403, errorType: "WafFilteredException" },
};

export const GATEWAY_RESPONSE_TYPES = Object.keys(GATEWAY_RESPONSE_DEFAULTS) as GatewayResponseType[];

/** The response GetGatewayResponse(s) reports for a type nobody customised. */
export function defaultGatewayResponse(type: GatewayResponseType) {
  const d = GATEWAY_RESPONSE_DEFAULTS[type];
  return {
    responseType: type,
    ...(d.status !== undefined ? { statusCode: String(d.status) } : {}),
    responseParameters: {},
    responseTemplates: { "application/json": DEFAULT_TEMPLATE },
    defaultResponse: true,
  };
}
