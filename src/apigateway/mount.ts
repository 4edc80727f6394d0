import type { Mount } from "../server/http.js";
import type { Services } from "../services.js";
import { apigatewayControlMount } from "./control/mount.js";

/** API Gateway: control plane (REST-JSON) and the invoke path. */
export function apigatewayMounts(s: Services): Mount[] {
  return [apigatewayControlMount(s)];
}
