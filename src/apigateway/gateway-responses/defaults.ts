import type { GatewayResponse } from "../model.js";

/**
 * The 21 gateway response types and their default status codes, from AWS's "Gateway response types" page
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
 * DEFAULT_4XX / DEFAULT_5XX have no status of their own. Every default has no parameters and the template
 * {"message":$context.error.messageString} (the API reference's GetGatewayResponses example).
 */
export const GATEWAY_RESPONSE_DEFAULT_STATUS = {
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  ACCESS_DENIED: "403",
  API_CONFIGURATION_ERROR: "500",
  AUTHORIZER_CONFIGURATION_ERROR: "500",
  AUTHORIZER_FAILURE: "500",
  BAD_REQUEST_PARAMETERS: "400",
  BAD_REQUEST_BODY: "400",
  EXPIRED_TOKEN: "403",
  INTEGRATION_FAILURE: "504",
  INTEGRATION_TIMEOUT: "504",
  INVALID_API_KEY: "403",
  INVALID_SIGNATURE: "403",
  MISSING_AUTHENTICATION_TOKEN: "403",
  QUOTA_EXCEEDED: "429",
  REQUEST_TOO_LARGE: "413",
  RESOURCE_NOT_FOUND: "404",
  THROTTLED: "429",
  UNAUTHORIZED: "401",
  UNSUPPORTED_MEDIA_TYPE: "415",
  WAF_FILTERED: "403",
} as const satisfies Record<string, string | undefined>;

export type GatewayResponseType = keyof typeof GATEWAY_RESPONSE_DEFAULT_STATUS;

export const GATEWAY_RESPONSE_TYPES = Object.keys(GATEWAY_RESPONSE_DEFAULT_STATUS) as GatewayResponseType[];

export const DEFAULT_RESPONSE_TEMPLATE = '{"message":$context.error.messageString}';

export function defaultGatewayResponse(type: GatewayResponseType): GatewayResponse {
  const statusCode = GATEWAY_RESPONSE_DEFAULT_STATUS[type];
  return {
    responseType: type,
    ...(statusCode ? { statusCode } : {}),
    responseParameters: {},
    responseTemplates: { "application/json": DEFAULT_RESPONSE_TEMPLATE },
    defaultResponse: true,
  };
}
