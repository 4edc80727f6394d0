import { SignatureCache } from "../../checks/token/signature.js";
import type { Mount, RequestInfo } from "../../server/http.js";
import { sendJson } from "../../server/http.js";
import type { Services } from "../../services.js";
import { integrationRunner } from "../integrations/run.js";
import type { DeploymentReader } from "../model.js";
import { AllowMemo } from "./allow-memo.js";
import { remoteJwksUrl } from "./authorize.js";
import { LambdaAuthorizerCache } from "./authorize-lambda.js";
import { type InvokeTarget, parseInvokeUrl } from "./parse-invoke-url.js";
import { invoke } from "./pipeline.js";
import type { InvocationRecords } from "./records.js";
import { RemoteJwks } from "./remote-jwks.js";
import { SnapshotCache } from "./snapshot-cache.js";
import type { InvokeDeps } from "./state.js";
import { UsageLimits } from "./usage-limits.js";

/** The execute-api data plane: reads only deployment snapshots through `reader`, records every invocation in `records`. */
export function invokeMount(s: Services, reader: DeploymentReader, records: InvocationRecords): Mount {
  const remoteJwks = new RemoteJwks(remoteJwksUrl(s.config), () => s.clock.now());
  const deps: InvokeDeps = {
    s,
    reader,
    snapshots: new SnapshotCache(),
    records,
    signatures: new SignatureCache(),
    allows: new AllowMemo(),
    remoteJwks,
    keysOf: (poolId, kid) => (s.keys.forPool(poolId) ? s.keys.publicKey(poolId, kid) : remoteJwks.key(poolId, kid)),
    runIntegration: integrationRunner(s.lambdas),
    lambdaAuthorizers: new LambdaAuthorizerCache(),
    usageLimits: new UsageLimits(),
  };
  // The edge asks handles() and then, at once, handle() about the same request: keep the one parse between them.
  let claimed: { info: RequestInfo; target: InvokeTarget } | undefined;
  return {
    name: "execute-api",
    handles: (_req, info) => {
      const target = parseInvokeUrl(info.hostname, info.url.pathname);
      claimed = target && { info, target };
      return target !== undefined;
    },
    handle(req, res, info) {
      const target = claimed?.info === info ? claimed.target : parseInvokeUrl(info.hostname, info.url.pathname);
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
