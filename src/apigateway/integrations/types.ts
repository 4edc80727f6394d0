import type { IncomingHttpHeaders } from "node:http";
import type { Integration, Method, Resource } from "../../shapes/apigateway.js";
import type { GatewayError } from "../gateway-responses/render.js";

/** Everything an integration may use about the method request, after routing and authorization. */
export interface IntegrationRequest {
  integration: Integration;
  method: Method;
  resource: Resource;
  httpMethod: string;
  /** Path below the stage as sent (percent-encoded), e.g. "/pets/1". */
  path: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  apiId: string;
  stage: string;
  stageVariables: Record<string, string>;
  requestId: string;
  sourceIp: string;
  domainName: string;
  /** Epoch ms of the request. */
  requestTimeMs: number;
  /** Verified claims as strings (Cognito methods), else undefined. */
  claims?: Record<string, string>;
  /** What a Lambda authorizer returned for this request (its principal and context). */
  lambdaAuthorizer?: LambdaAuthorizerContext;
  /** The AWS region, for ARNs and the proxy event. */
  region: string;
  accountId: string;
}

export interface LambdaAuthorizerContext {
  principalId: string;
  context: Record<string, string | number | boolean>;
}

export interface IntegrationResponseData {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

export type IntegrationOutcome = { response: IntegrationResponseData } | { error: GatewayError; detail: string };

export type IntegrationHandler = (r: IntegrationRequest) => Promise<IntegrationOutcome>;
