import type { Mount } from "../server/http.js";
import type { Services } from "../services.js";
import { invokeMount, requestsMount } from "./invoke/mount.js";
import { InvocationRecords } from "./invoke/records.js";
import type { DeploymentReader } from "./model.js";

/** Until the control plane stores deployments, nothing is deployed unless a reader is injected (tests do). */
const NO_DEPLOYMENTS: DeploymentReader = { restApiExists: () => false, stage: () => undefined, snapshot: () => undefined };

/** API Gateway: control plane (REST-JSON) and the invoke path. */
export function apigatewayMounts(s: Services, deployments: DeploymentReader = NO_DEPLOYMENTS): Mount[] {
  const records = new InvocationRecords();
  return [requestsMount(records), invokeMount(s, deployments, records)];
}
