import type { KeyObject } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { SignatureCache } from "../../checks/token/signature.js";
import type { Finding } from "../../checks/types.js";
import type { RequestInfo } from "../../server/http.js";
import type { Services } from "../../services.js";
import type { GatewayError } from "../gateway-responses/render.js";
import type { IntegrationOutcome, IntegrationRequest, LambdaAuthorizerContext } from "../integrations/types.js";
import type { DeploymentReader, DeploymentSnapshot, Stage } from "../model.js";
import type { AllowMemo } from "./allow-memo.js";
import type { LambdaAuthorizerCache } from "./authorize-lambda.js";
import type { InvokeTarget } from "./parse-invoke-url.js";
import type { InvocationRecords } from "./records.js";
import type { RemoteJwks } from "./remote-jwks.js";
import type { RouteMatch } from "./route.js";
import type { SnapshotCache } from "./snapshot-cache.js";
import type { UsageLimits } from "./usage-limits.js";

/** What the invoke steps share: the deployed state (read only), keys, records and the integration runner. */
export interface InvokeDeps {
  s: Pick<Services, "config" | "keys" | "cognito" | "clock" | "log" | "urls" | "lambdas">;
  reader: DeploymentReader;
  snapshots: SnapshotCache;
  remoteJwks: RemoteJwks;
  /** A pool's public key by kid: from the key ring for pools this server holds, else from the fetched JWKS. */
  keysOf: (poolId: string, kid: string) => KeyObject | undefined;
  records: InvocationRecords;
  signatures: SignatureCache;
  allows: AllowMemo;
  runIntegration: (r: IntegrationRequest) => Promise<IntegrationOutcome>;
  lambdaAuthorizers: LambdaAuthorizerCache;
  usageLimits: UsageLimits;
}

/** One invocation as it moves through the steps. */
export interface InvokeState {
  req: IncomingMessage;
  info: RequestInfo;
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

export type Step = (st: InvokeState, deps: InvokeDeps) => Refusal | undefined | Promise<Refusal | undefined>;
