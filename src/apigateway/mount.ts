import type { Mount } from "../http/exchange.js";
import type { Services } from "../services.js";
import type { DeploymentReader } from "../shapes/apigateway.js";
import { deploymentReader } from "../store/apigateway/index.js";
import { apigatewayControlMount } from "./control/mount.js";
import { invokeMount, requestsMount } from "./invoke/mount.js";
import { InvocationRecords } from "./invoke/records.js";

/** API Gateway: control plane (REST-JSON) and the invoke path, which serves the stored deployments unless tests inject a reader. */
export function apigatewayMounts(s: Services, deployments: DeploymentReader = deploymentReader(s.db)): Mount[] {
  const records = new InvocationRecords();
  return [requestsMount(records), invokeMount(s, deployments, records), apigatewayControlMount(s)];
}
