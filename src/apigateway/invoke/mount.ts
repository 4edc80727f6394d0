import { ACCOUNT_ID } from "../../account.js";
import { SignatureCache } from "../../checks/token/signature.js";
import { type InvokeTarget, parseInvokeTarget } from "../../grammar/invoke-url.js";
import type { Mount, RequestInfo } from "../../http/exchange.js";
import { sendJson } from "../../http/exchange.js";
import { invokeHandler } from "../../lambda/invoke-handler.js";
import type { Services } from "../../services.js";
import type { DeploymentReader } from "../../shapes/apigateway.js";
import { integrationRunner } from "../integrations/run.js";
import { AllowMemo } from "./allow-memo.js";
import { LambdaAuthorizerCache } from "./lambda-authorizer-cache.js";
import type { InvocationRecords } from "./records.js";
import { RemoteJwks, remoteJwksUrl } from "./remote-jwks.js";
import { invoke } from "./serve.js";
import { SnapshotCache } from "./snapshot-cache.js";
import type { InvokeDeps } from "./state.js";
import { UsageLimits } from "./usage-limits.js";

/** How long a local authorizer function may run (API Gateway's integration limit). */
const AUTHORIZER_TIMEOUT_MS = 29_000;

/** The gateway's environment for the invoke steps: its store (through `reader`), key ring, caches and local functions. */
export function gatewayDeps(s: Services, reader: DeploymentReader, records: InvocationRecords): InvokeDeps {
  const remoteJwks = new RemoteJwks(remoteJwksUrl(s.config), () => s.clock.now());
  const snapshots = new SnapshotCache();
  const usageLimits = new UsageLimits();
  return {
    s,
    region: s.config.region,
    accountId: ACCOUNT_ID,
    nowMs: () => s.clock.now(),
    deployment(apiId, stageName) {
      const stage = stageName ? reader.stage(apiId, stageName) : undefined;
      // A stage implies its API; only a miss needs to tell an unknown API from an unknown stage.
      const apiExists = stage !== undefined || reader.restApiExists(apiId);
      return { apiExists, stage, snapshot: stage ? snapshots.get(reader, apiId, stage.deploymentId) : undefined };
    },
    issuerPool: (iss) => s.urls.poolIdFromIssuer(iss),
    // Which provider pools this server holds: the key ring caches each pool's keys and DeleteUserPool makes it
    // forget them, so this costs no store read per request.
    keysOf: (poolId, kid) => (s.keys.forPool(poolId) ? s.keys.publicKey(poolId, kid) : remoteJwks.key(poolId, kid)),
    poolKnown: (poolId) => s.keys.forPool(poolId) !== undefined || remoteJwks.has(poolId),
    loadPoolKeys: (poolId) => (s.keys.forPool(poolId) ? undefined : remoteJwks.ensure(poolId).then(() => undefined)),
    apiKey: (value, apiId, stageName) => reader.apiKey(value, apiId, stageName) ?? null,
    takeUsage: (plan, keyId, nowMs) => usageLimits.take(plan, keyId, nowMs),
    runAuthorizer: (_authorizer, functionArn, event) => invokeHandler(s.lambdas, functionArn, event, AUTHORIZER_TIMEOUT_MS),
    memo: { signatures: new SignatureCache(), allows: new AllowMemo(), lambdaAuthorizers: new LambdaAuthorizerCache() },
    snapshots,
    remoteJwks,
    records,
    runIntegration: integrationRunner(s.lambdas),
    usageLimits,
  };
}

/** The execute-api data plane: reads only deployment snapshots through `reader`, records every invocation in `records`. */
export function invokeMount(s: Services, reader: DeploymentReader, records: InvocationRecords): Mount {
  const deps = gatewayDeps(s, reader, records);
  // The edge asks handles() and then, at once, handle() about the same request: keep the one parse between them.
  let claimed: { info: RequestInfo; target: InvokeTarget } | undefined;
  return {
    name: "execute-api",
    handles: (_req, info) => {
      const target = parseInvokeTarget(info.hostname, info.url.pathname);
      claimed = target && { info, target };
      return target !== undefined;
    },
    handle(req, res, info) {
      const target = claimed?.info === info ? claimed.target : parseInvokeTarget(info.hostname, info.url.pathname);
      claimed = undefined;
      // invoke's own promise, not another async layer around it.
      return target ? invoke(req, res, info, target, deps) : Promise.resolve();
    },
  };
}

/** GET /_poolgate/requests[?limit=N]: the most recent invocations, newest first, with the check that refused each. */
export function requestsMount(records: InvocationRecords): Mount {
  return {
    name: "poolgate-requests",
    handles: (_req, info) => info.url.pathname === "/_poolgate/requests",
    async handle(req, res, info) {
      if (req.method !== "GET") {
        sendJson(res, 405, { message: "Use GET /_poolgate/requests" });
        return;
      }
      const limit = Number(info.url.searchParams.get("limit") ?? 100);
      sendJson(res, 200, { requests: records.recent(Number.isInteger(limit) && limit > 0 ? limit : 100) });
    },
  };
}
