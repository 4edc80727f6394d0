import type { KeyObject } from "node:crypto";
import type { FunctionRun } from "../../checks/authorizer/lambda.js";
import type { Headers } from "../../checks/request/auth-header.js";
import type { IssuerPool } from "../../checks/token/issuer.js";
import type { SignatureCache } from "../../checks/token/signature.js";
import type { Finding } from "../../checks/types.js";
import type { InvokeTarget } from "../../grammar/invoke-url.js";
import type { RouteMatch } from "../../grammar/resource-path.js";
import type { Services } from "../../services.js";
import type { ApiKeyMatch, Authorizer, DeploymentSnapshot, Stage, UsagePlan } from "../../shapes/apigateway.js";
import type { GatewayError } from "../gateway-responses/render.js";
import type { IntegrationOutcome, IntegrationRequest, LambdaAuthorizerContext } from "../integrations/types.js";
import type { AllowMemo } from "./allow-memo.js";
import type { LambdaAuthorizerCache } from "./lambda-authorizer-cache.js";
import type { InvocationRecords } from "./records.js";
import type { RemoteJwks } from "./remote-jwks.js";
import type { SnapshotCache } from "./snapshot-cache.js";
import type { LimitHit, UsageLimits } from "./usage-limits.js";

/**
 * The request as the steps see it. The gateway fills it from the wire; the doctor from the request it would send
 * (header values in their received form, src/grammar/header-value.ts), so both judge the same bytes.
 */
export interface InvokeRequest {
  /** Upper-case. */
  method: string;
  /** Names lower-case, values as a server receives them. */
  headers: Headers;
  query: URLSearchParams;
  /** The caller's address (no ::ffff: prefix); undefined when the doctor cannot know it (a call to AWS). */
  sourceIp: string | undefined;
  requestId: string;
}

/** What the deployment look-up of a stage found. */
export interface DeploymentLookup {
  apiExists: boolean;
  stage?: Readonly<Stage>;
  snapshot?: DeploymentSnapshot;
  /** The API's stage names, when known (the doctor lists them to suggest one). */
  stages?: string[];
}

/**
 * Everything the steps may ask of the world. The gateway answers from its store and key ring; the doctor from what
 * it read through the AWS APIs (GetStage, GetExport, the pool's JWKS, TestInvokeAuthorizer, GetApiKeys), so the
 * steps themselves stay one piece of code for both runners.
 */
export interface InvokeEnv {
  region: string;
  accountId: string;
  nowMs(): number;
  deployment(apiId: string, stageName: string): DeploymentLookup;
  /** The pool an issuer names (src/grammar/issuer.ts, with this runner's trusted local bases). */
  issuerPool: IssuerPool;
  /** A pool's public key by kid. */
  keysOf(poolId: string, kid: string): KeyObject | undefined;
  /** Whether a listed pool's keys can be had at all (false: a configuration error, 500). */
  poolKnown(poolId: string): boolean;
  /** Fetches the keys of a pool first when they are not at hand yet (the gateway's remote JWKS). */
  loadPoolKeys?(poolId: string): Promise<void> | undefined;
  /** The API key with this value (live state, not deployed): null when there is none, undefined when it cannot be looked up. */
  apiKey(value: string, apiId: string, stageName: string): ApiKeyMatch | null | undefined | Promise<ApiKeyMatch | null | undefined>;
  /** Spends a request from the key's plan; the doctor predicts without spending. */
  takeUsage?(plan: Pick<UsagePlan, "id" | "throttle" | "quota">, keyId: string, nowMs: number): LimitHit | undefined;
  /** Runs a Lambda authorizer's function with the event API Gateway builds (the doctor: TestInvokeAuthorizer). */
  runAuthorizer(authorizer: Authorizer, functionArn: string, event: Record<string, unknown>): Promise<FunctionRun>;
  /** Memories the gateway keeps between requests; none of them ever changes a decision. */
  memo?: { signatures: SignatureCache; allows: AllowMemo; lambdaAuthorizers: LambdaAuthorizerCache };
  /** Whether a Cognito allow may be remembered for the next request with the same header. */
  rememberAllows?: boolean;
}

/** What the gateway's runner adds to the environment: its store, records and the integration runner. */
export interface InvokeDeps extends InvokeEnv {
  s: Pick<Services, "config" | "keys" | "cognito" | "clock" | "log" | "urls" | "lambdas">;
  snapshots: SnapshotCache;
  remoteJwks: RemoteJwks;
  records: InvocationRecords;
  runIntegration: (r: IntegrationRequest) => Promise<IntegrationOutcome>;
  usageLimits: UsageLimits;
}

/** One invocation as it moves through the steps. */
export interface InvokeState {
  request: InvokeRequest;
  target: InvokeTarget;
  httpMethod: string;
  requestTimeMs: number;
  findings: Finding[];
  stage?: Readonly<Stage>;
  snapshot?: DeploymentSnapshot;
  route?: RouteMatch;
  /** Verified Cognito claims (turned into AWS's string forms only for integrations that see them). */
  claims?: Record<string, unknown>;
  /** The resource policy's finding when it was already evaluated (before a Lambda authorizer). */
  policyFinding?: Finding;
  /** What a Lambda authorizer allowed the request with: its principal and context. */
  lambdaAuthorizer?: LambdaAuthorizerContext;
  /** The API key a Lambda authorizer allowed the request with (used when the API's apiKeySource is AUTHORIZER). */
  usageIdentifierKey?: string;
}

/**
 * A step's refusal: the gateway error to render and the finding that caused it. `fixed` answers bypass gateway
 * responses (no deployment is known yet: unknown API or stage).
 */
export interface Refusal {
  decision: "deny" | "error";
  cause: Finding;
  error?: GatewayError;
  fixed?: { status: number; body: string; errorType?: string };
}

export type Step = (st: InvokeState, env: InvokeEnv) => Refusal | undefined | Promise<Refusal | undefined>;
